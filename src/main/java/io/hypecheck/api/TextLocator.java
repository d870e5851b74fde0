package io.hypecheck.api;

/** Maps a range of characters inside a text value back to where it stands in the file. */
@FunctionalInterface
public interface TextLocator {

    /**
     * The location of characters {@code start} (inclusive) to {@code end} (exclusive) of the
     * value's text.
     */
    Location locate(int start, int end);
}
