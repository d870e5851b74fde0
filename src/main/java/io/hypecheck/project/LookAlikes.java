package io.hypecheck.project;

import io.hypecheck.diagnostic.DidYouMean;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * Explains field names that only look like known ones: a name holding characters outside
 * ASCII (a Cyrillic 'а', a full-width letter, a zero-width space) is named character by
 * character, and matched against the known names once those characters are folded or dropped.
 */
final class LookAlikes {

    private LookAlikes() {
    }

    /** A {@code (did you mean ...)} hint, naming the first character that is not plain ASCII. */
    static String hint(String name, Collection<String> known) {
        int odd = firstNonAscii(name);
        if (odd < 0) {
            return DidYouMean.hint(name, known);
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "");
        String what = String.format(Locale.ROOT, "U+%04X %s", odd, String.valueOf(Character.getName(odd)));
        String suggestion = known.contains(folded) ? " (did you mean '" + folded + "'?)"
                : DidYouMean.hint(folded.isEmpty() ? name : folded, known);
        return suggestion + "; it contains " + what + ", which field names do not use";
    }

    private static int firstNonAscii(String name) {
        return name.codePoints().filter(c -> c > 0x7E || c < 0x20).findFirst().orElse(-1);
    }
}
