package io.hypecheck.project;

import io.hypecheck.api.Location;
import io.hypecheck.api.TextLocator;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/** The decoded text of a file, mapping character offsets to 1-based lines and columns. */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The span between two SnakeYAML marks. */
    public Location span(Mark start, Mark end) {
        int endLine = Math.max(end.getLine(), start.getLine());
        int endColumn = endLine == start.getLine() ? Math.max(end.getColumn(), start.getColumn()) : end.getColumn();
        return new Location(start.getLine() + 1, start.getColumn() + 1, endLine + 1, endColumn + 1);
    }

    /**
     * A locator for a scalar whose value is {@code value} and which stands between the marks: it
     * finds the matched characters in the scalar's source text, and falls back to the whole
     * scalar where the value differs from its source (escapes, folding).
     */
    public TextLocator locator(String value, Mark start, Mark end) {
        Location whole = span(start, end);
        int from = offset(start);
        int to = Math.min(text.length(), Math.max(from, offset(end)));
        return (s, e) -> {
            if (s < 0 || e > value.length() || s >= e) {
                return whole;
            }
            String target = value.substring(s, e);
            int occurrence = 0;
            for (int i = value.indexOf(target); i >= 0 && i < s; i = value.indexOf(target, i + 1)) {
                occurrence++;
            }
            int at = text.indexOf(target, from);
            for (int i = 0; i < occurrence && at >= 0; i++) {
                at = text.indexOf(target, at + 1);
            }
            if (at < 0 || at + target.length() > to) {
                return whole;
            }
            return locate(at, at + target.length());
        };
    }

    /** The text between two marks, with its common indentation removed (for display). */
    public String text(Mark start, Mark end) {
        int from = offset(start);
        int to = Math.max(from, Math.min(text.length(), offset(end)));
        String slice = " ".repeat(start.getColumn()) + text.substring(from, to);
        return slice.stripIndent().strip();
    }

    private Location locate(int start, int end) {
        int startLine = lineOf(start);
        int endLine = lineOf(Math.max(start, end - 1));
        int endColumn = end - lineStarts[endLine] + 1;
        return new Location(startLine + 1, start - lineStarts[startLine] + 1, endLine + 1,
                endLine == startLine ? Math.max(endColumn, start - lineStarts[startLine] + 1) : endColumn);
    }

    private int offset(Mark mark) {
        int line = Math.min(mark.getLine(), lineStarts.length - 1);
        return Math.min(text.length(), lineStarts[line] + mark.getColumn());
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
