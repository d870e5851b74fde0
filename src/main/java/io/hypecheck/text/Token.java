package io.hypecheck.text;

/**
 * A word of a text.
 *
 * @param lower  the word lower-cased, accents kept
 * @param folded the word lower-cased with accents removed
 * @param start  offset of its first character in the original text
 * @param end    offset just past its last character
 */
public record Token(String lower, String folded, int start, int end) {

    public Token {
        if (lower.isEmpty() || folded.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("empty token");
        }
    }
}
