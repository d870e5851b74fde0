package io.hypecheck.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case and accent folding: {@code "Inteligência"} becomes {@code "inteligencia"}. */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** Lower case (root locale) without combining marks. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) { // a loop, not a stream: every word of every text is folded
            if (lower.charAt(i) >= 128) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }
}
