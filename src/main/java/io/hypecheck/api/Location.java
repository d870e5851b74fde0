package io.hypecheck.api;

/**
 * A span in a project file, 1-based and inclusive of its start; the end column is exclusive.
 *
 * @param line      first line
 * @param column    first column
 * @param endLine   last line
 * @param endColumn column just past the span on the last line
 */
public record Location(int line, int column, int endLine, int endColumn) {

    public Location {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException(
                    "bad location " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
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
