package io.hypecheck.report;

/**
 * Escaping for GitHub-flavoured Markdown: text that must render as written, in table cells,
 * list items and code spans, and text inside HTML tags such as {@code <summary>}; control
 * characters and bidi overrides are neutralised ({@link SafeText}) and line breaks folded.
 */
final class MarkdownText {

    /** Characters that could start emphasis, links, code, HTML, tables, strikethrough, entities, headings or math. */
    private static final String SIGNIFICANT = "\\`*_[]<>|~&#!$";

    /** The longest project name shown, in characters. */
    static final int MAX_NAME = 100;

    private MarkdownText() {
    }

    /** Plain text for a cell or an inline position: significant characters backslash-escaped, line breaks as spaces. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : oneLine(value).toCharArray()) {
            if (SIGNIFICANT.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A code span around {@code value}: the fence is one backtick longer than the longest run
     * inside; in a table cell, {@code |} is escaped as GFM requires even inside code.
     */
    static String code(String value, boolean inTable) {
        String flat = oneLine(value);
        int longest = 0;
        int run = 0;
        for (char c : flat.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank();
        String body = pad ? " " + flat + " " : flat;
        return fence + (inTable ? body.replace("|", "\\|") : body) + fence;
    }

    /** Text inside an HTML element: {@code & < > "} as entities, line breaks as spaces. */
    static String html(String value) {
        return oneLine(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A project name as text, cut to {@value #MAX_NAME} characters so that no name can swell the report. */
    static String name(String value) {
        return text(cut(value));
    }

    /** The text on one line, cut to {@value #MAX_NAME} characters with an ellipsis. */
    static String cut(String value) {
        String flat = oneLine(value);
        if (flat.codePointCount(0, flat.length()) <= MAX_NAME) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, MAX_NAME - 1)) + "…";
    }

    private static String oneLine(String value) {
        return SafeText.line(value);
    }
}
