package io.hypecheck.text;

import java.util.List;
import java.util.Set;

/**
 * How far a negation reaches over a list that commas split: in "no published model, dataset or
 * open-source repository" and "sem modelo, dados ou código aberto" the comma separates the items of
 * what is denied, not two clauses. A list is a few short items, the last joined by {@code or},
 * {@code nor}, {@code ou} or {@code nem}; no item may hold a common verb, save the cue's first word
 * ("não há modelo, ..."): "no token exists, users pay or leave" is two clauses.
 */
final class NegatedLists {

    /** Words no item of a list may hold (the cue's first word aside: "não há modelo, ..."). */
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "exists", "exist", "has", "have", "had",
            "é", "são", "foi", "foram", "tem", "têm", "há", "existe", "existem", "está", "estão", "pay", "pays", "paga", "pagam");
    private static final Set<String> LAST_JOINER = Set.of("or", "nor", "ou", "nem");
    private static final int FIRST_ITEM = 4;
    private static final int ITEM = 8;
    private static final int ITEMS = 4;

    private NegatedLists() {
    }

    /**
     * The last word of the list a negation at {@code cue} (of {@code width} words) denies past its
     * clause, or -1 when its clause does not end at a comma that opens such a list.
     */
    static int end(String text, List<Token> tokens, int[] clause, int[] sentence, int cue, int width) {
        int first = cue + width;
        int b = itemEnd(tokens, clause, first, first + 1, clause[cue]);
        if (b < 0 || b >= tokens.size() || b - first > FIRST_ITEM || sentence[b] != sentence[cue] || !commaBefore(text, tokens, b)) {
            return -1;
        }
        for (int items = 0, start = b; items < ITEMS; items++) {
            int k = itemEnd(tokens, clause, start, start, clause[start]);
            if (k < 0 || k - start > ITEM) {
                return -1;
            }
            if (joined(tokens, start, k)) {
                return k - 1;
            }
            if (k >= tokens.size() || sentence[k] != sentence[start] || !commaBefore(text, tokens, k)) {
                return -1;
            }
            start = k;
        }
        return -1;
    }

    /** Where the item in clause {@code of} that starts at {@code start} ends, or -1 when a word from {@code checkFrom} on is a verb. */
    private static int itemEnd(List<Token> tokens, int[] clause, int start, int checkFrom, int of) {
        int k = start;
        while (k < tokens.size() && clause[k] == of) {
            if (k >= checkFrom && VERBS.contains(tokens.get(k).lower())) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private static boolean joined(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (LAST_JOINER.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBefore(String text, List<Token> tokens, int i) {
        return text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip().equals(",");
    }
}
