package io.hypecheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One word of a phrase. Its stems and the index keys a word it matches is filed under are worked
 * out when the phrase is first looked for, not when a rubric is loaded: a short run reads only
 * the phrases of the rules it evaluates, and stemming is most of what loading a rubric costs.
 */
final class PhraseWord {

    private static final int SHORT = 4;
    private final String lower;
    private final String folded;
    private final String plural;
    private final boolean prefix;
    /** Set once, on first use (a racy but safe publication: {@link Keys} is immutable). */
    private Keys keys;

    PhraseWord(String lower, String folded, boolean prefix) {
        this.lower = lower;
        this.folded = folded;
        this.plural = folded + "s";
        this.prefix = prefix;
    }

    boolean prefix() {
        return prefix;
    }

    Keys keys() {
        Keys made = keys;
        if (made == null) {
            made = Keys.of(lower, folded, prefix);
            keys = made;
        }
        return made;
    }

    boolean matches(Token token) {
        String other = token.folded();
        if (prefix) {
            return other.startsWith(folded);
        }
        if (folded.equals(other) || other.equals(plural)) {
            return true;
        }
        if (!Character.isLetter(folded.charAt(0)) || !Character.isLetter(other.charAt(0))) {
            return false;
        }
        Stems stems = keys().stems();
        Stems theirs = token.stems();
        boolean isShort = folded.length() < SHORT || other.length() < SHORT;
        return isShort ? stems.english().equals(theirs.english()) : stems.matches(theirs);
    }

    /**
     * A word's stems and every index key under which a word it matches is filed, with each key's kind
     * and bloom bit (none for a prefix).
     */
    record Keys(Stems stems, int[] kinds, String[] keys, int[] keyBits) {
        static Keys of(String lower, String folded, boolean prefix) {
            if (prefix) {
                return new Keys(null, new int[0], new String[0], new int[0]);
            }
            Stems stems = Stems.of(lower);
            List<String> keys = new ArrayList<>(List.of(folded, folded + "s", stems.english()));
            keys.addAll(stems.portuguese());
            int[] kinds = new int[keys.size()];
            java.util.Arrays.fill(kinds, IndexedText.PORTUGUESE);
            kinds[0] = IndexedText.FOLDED;
            kinds[1] = IndexedText.FOLDED;
            kinds[2] = IndexedText.ENGLISH;
            int[] bits = new int[keys.size()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = IndexedText.keyBit(kinds[i], keys.get(i));
            }
            return new Keys(stems, kinds, keys.toArray(new String[0]), bits);
        }
    }
}
