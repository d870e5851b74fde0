package io.hypecheck.text;

/**
 * A word of a text.
 *
 * @param lower  the word lower-cased, accents kept
 * @param folded the word lower-cased with accents removed
 * @param start  offset of its first character in the original text
 * @param end    offset just past its last character
 * @param stems  its English and Portuguese stems
 */
public record Token(String lower, String folded, int start, int end, Stems stems) {

    public Token {
        if (lower.isEmpty() || folded.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("empty token");
        }
        java.util.Objects.requireNonNull(stems, "stems");
    }

    /** A token whose stems are computed from its lower-cased form. */
    public Token(String lower, String folded, int start, int end) {
        this(lower, folded, start, end, Stems.of(lower));
    }
}
