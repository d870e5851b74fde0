package io.hypecheck.text;

/**
 * Where a phrase occurs in a text, as character offsets of the original string.
 *
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
