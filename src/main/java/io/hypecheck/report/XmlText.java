package io.hypecheck.report;

/**
 * Escaping for XML 1.0 text and double-quoted attribute values. Characters XML cannot carry at
 * all (most control characters, lone surrogates) become U+FFFD, so the output always parses.
 */
final class XmlText {

    private XmlText() {
    }

    /** Element content: {@code & < >} as entities, carriage returns as references so parsers keep them. */
    static String text(String value) {
        return escape(value, false);
    }

    /** An attribute value in double quotes: also {@code "} and tab and line breaks as references, so they survive normalisation. */
    static String attribute(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        }
        return out.toString();
    }

    private static boolean allowed(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
