package io.hypecheck.report;

/**
 * How many terminal columns text takes, as {@code wcwidth} counts them: East Asian wide and
 * fullwidth characters (CJK, Hangul, fullwidth forms, most emoji) take two, combining marks and
 * format characters none, everything else one.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** The columns {@code text} takes. */
    static int of(String text) {
        return text.codePoints().map(TextWidth::columns).sum();
    }

    /** The longest prefix that fits in {@code columns}, with {@code …} when cut. */
    static String fit(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int c : text.codePoints().toArray()) {
            int w = columns(c);
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(c);
            used += w;
        }
        return out.append('…').toString();
    }

    /** The columns one code point takes. */
    static int columns(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || c == 0x200B) {
            return 0;
        }
        return wide(c) ? 2 : 1;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
