package io.hypecheck.report;

/**
 * Escaping for HTML text and double-quoted attribute values, the one way user text enters the
 * HTML report. {@code & < > " '} become entities; control characters (other than tab and line
 * feed), bidirectional overrides, lone surrogates and noncharacters become U+FFFD, so no project
 * text can open a tag, close an attribute, or reorder or hide what is shown around it.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Text content or a double-quoted attribute value. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        }
        return out.toString();
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n') {
            return true;
        }
        boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
        boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        return !control && !surrogate && !nonCharacter && !bidi;
    }
}
