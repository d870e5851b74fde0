package io.hypecheck.text;

/**
 * A word of a text.
 *
 * @param folded the word lower-cased with accents removed
 * @param start  offset of its first character in the original text
 * @param end    offset just past its last character
 */
public record Token(String folded, int start, int end) {

    public Token {
        if (folded.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("empty token");
        }
    }
}
