package io.hypecheck.report;

/**
 * Neutralises text from project files before it reaches a terminal, a log or a rendered page:
 * control characters (C0, DEL, C1, which carry ANSI escape sequences and terminal titles) and
 * the bidirectional overrides and isolates that reorder what a reader sees become visible
 * backslash escapes (x and two hex digits, or u and four), so no project text can move a cursor, recolour a
 * terminal, rewrite a window title or hide text.
 */
public final class SafeText {

    private SafeText() {
    }

    /** One line: tabs and line breaks become spaces (a CRLF one space), every other control an escape. */
    public static String line(String value) {
        return escape(value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '), false);
    }

    /** Several lines: line feeds and tabs are kept, a CR before a line feed dropped, every other control an escape. */
    public static String lines(String value) {
        return escape(value.replace("\r\n", "\n"), true);
    }

    /** Whether a code point is neutralised. */
    static boolean unsafe(int c) {
        return Character.getType(c) == Character.CONTROL || bidi(c);
    }

    private static boolean bidi(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    private static String escape(String value, boolean keepLines) {
        if (value.codePoints().noneMatch(SafeText::unsafe)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            if (keepLines && (c == '\n' || c == '\t')) {
                out.append((char) c);
            } else if (!unsafe(c)) {
                out.appendCodePoint(c);
            } else if (c < 0x100) {
                out.append(String.format(java.util.Locale.ROOT, "\\x%02X", c));
            } else {
                out.append('\\').append(String.format(java.util.Locale.ROOT, "u%04X", c));
            }
        });
        return out.toString();
    }
}
