package io.hypecheck.api;

/**
 * A span in a project file, 1-based and inclusive of its start; the end column is exclusive.
 * Columns count characters (code points), as editors show them; the UTF-16 columns count UTF-16
 * code units, as SARIF and the Language Server Protocol do (they differ past an emoji or another
 * character outside the Basic Multilingual Plane).
 *
 * @param line           first line
 * @param column         first column, in characters
 * @param endLine        last line
 * @param endColumn      column just past the span on the last line, in characters
 * @param utf16Column    first column, in UTF-16 code units
 * @param utf16EndColumn column just past the span, in UTF-16 code units
 */
public record Location(int line, int column, int endLine, int endColumn, int utf16Column, int utf16EndColumn) {

    public Location {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)
                || utf16Column < column || utf16EndColumn < endColumn) {
            throw new IllegalArgumentException(
                    "bad location " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A span whose text has no character outside the Basic Multilingual Plane (UTF-16 columns equal). */
    public Location(int line, int column, int endLine, int endColumn) {
        this(line, column, endLine, endColumn, column, endColumn);
    }

    /** A location that covers one point. */
    public static Location at(int line, int column) {
        return new Location(line, column, line, column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
