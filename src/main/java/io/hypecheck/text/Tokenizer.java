package io.hypecheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters and digits. Everything else (spaces, punctuation,
 * hyphens, slashes, underscores) separates words, so {@code zero-knowledge} is two words.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The words of {@code text} with their offsets, folded. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String lower = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
            String folded = Fold.fold(lower);
            if (!folded.isEmpty()) {
                tokens.add(new Token(lower, folded, start, i));
            }
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
