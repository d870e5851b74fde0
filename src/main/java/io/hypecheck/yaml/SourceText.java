package io.hypecheck.yaml;

import io.hypecheck.api.Location;
import io.hypecheck.api.TextLocator;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoded text of a file, mapping positions to 1-based lines and columns as editors count
 * them: lines end at {@code \n}, {@code \r\n} or {@code \r} (not at the U+0085, U+2028 and
 * U+2029 that YAML 1.1, and so SnakeYAML's marks, also count), and columns count characters
 * (code points).
 */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;
    /** Char offset of each code point index, or null when the two are the same (no surrogates). */
    private final int[] charOffsets;

    public SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.charOffsets = text.codePointCount(0, text.length()) == text.length() ? null
                : java.util.stream.IntStream.concat(text.codePoints().map(Character::charCount), java.util.stream.IntStream.of(0))
                        .toArray();
        if (charOffsets != null) {
            int offset = 0;
            for (int i = 0; i < charOffsets.length; i++) {
                int width = charOffsets[i];
                charOffsets[i] = offset;
                offset += width;
            }
        }
    }

    /** Whether the text holds nothing but white space. */
    public boolean isBlank() {
        return text.isBlank();
    }

    /** Where a YAML mark stands, as editors count lines and columns. */
    public Location position(YamlMark mark) {
        return position(mark.index());
    }

    /** Where the character with this code point index stands, as editors count lines and columns. */
    public Location position(int codePointIndex) {
        int offset = charOffset(codePointIndex);
        int line = lineOf(offset);
        int column = column(line, offset);
        return new Location(line + 1, column, line + 1, column, offset - lineStarts[line] + 1, offset - lineStarts[line] + 1);
    }

    /** The span between two YAML marks. */
    public Location span(YamlMark start, YamlMark end) {
        int from = offset(start);
        int to = Math.max(from, offset(end));
        int startLine = lineOf(from);
        int endLine = lineOf(to);
        return span(from, to, startLine, endLine);
    }

    /**
     * A locator for a scalar whose value is {@code value} and which stands between the marks: it
     * finds the matched characters in the scalar's source text, and falls back to the whole
     * scalar where the value differs from its source (escapes, folding).
     */
    public TextLocator locator(String value, YamlMark start, YamlMark end) {
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
    public String text(YamlMark start, YamlMark end) {
        int from = offset(start);
        int to = Math.max(from, Math.min(text.length(), offset(end)));
        String slice = " ".repeat(position(start).column() - 1) + text.substring(from, to);
        return slice.stripIndent().strip();
    }

    private Location locate(int start, int end) {
        int startLine = lineOf(start);
        int endLine = lineOf(Math.max(start, end - 1));
        return span(start, end, startLine, endLine);
    }

    private Location span(int from, int to, int startLine, int endLine) {
        int startColumn = column(startLine, from);
        int endColumn = endLine == startLine ? Math.max(column(endLine, to), startColumn) : column(endLine, to);
        int startUnits = from - lineStarts[startLine] + 1;
        int endUnits = endLine == startLine ? Math.max(to - lineStarts[endLine] + 1, startUnits) : to - lineStarts[endLine] + 1;
        return new Location(startLine + 1, startColumn, endLine + 1, endColumn, startUnits, Math.max(endUnits, endColumn));
    }

    /** The 1-based column, in characters, of a char offset on a 0-based line. */
    private int column(int line, int offset) {
        return text.codePointCount(lineStarts[line], offset) + 1;
    }

    /** The char offset of a mark, from its code point index (its line and column are YAML 1.1's). */
    private int offset(YamlMark mark) {
        return charOffset(mark.index());
    }

    private int charOffset(int codePointIndex) {
        int index = Math.max(0, codePointIndex);
        if (charOffsets == null) {
            return Math.min(text.length(), index);
        }
        return charOffsets[Math.min(index, charOffsets.length - 1)];
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
