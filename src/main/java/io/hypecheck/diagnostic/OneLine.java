package io.hypecheck.diagnostic;

import java.util.Locale;

/**
 * Makes any text safe to print as (part of) one line of a message: line breaks, tabs, other
 * control characters, invisible format characters (zero-width spaces, bidirectional overrides)
 * and lone surrogates are written as escapes, and very long text is cut. Whatever a file holds,
 * a message about it stays one line that cannot pose as another message or as a CI command.
 */
public final class OneLine {

    /** Longest text kept, in characters; the rest is cut with an ellipsis. */
    public static final int MAX_LENGTH = 1000;

    private OneLine() {
    }

    /** {@code text} with every unsafe character escaped, at most {@link #MAX_LENGTH} characters long. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String escaped = escape(text, i, c);
            if (escaped != null && out == null) {
                out = new StringBuilder(length + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
                if (Character.isHighSurrogate(c) && escaped == null) {
                    out.append(text.charAt(++i));
                }
                if (out.length() > MAX_LENGTH) {
                    break;
                }
            } else if (Character.isHighSurrogate(c) && escaped == null) {
                i++;
            }
        }
        String result = out == null ? text : out.toString();
        return result.length() > MAX_LENGTH ? cut(result) : result;
    }

    private static String cut(String text) {
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The escape for the character at {@code i}, or null when it is safe as it is. */
    private static String escape(String text, int i, char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null : unicode(c);
        }
        if (Character.isLowSurrogate(c)) {
            return unicode(c);
        }
        int type = Character.getType(c);
        boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
        return unsafe ? unicode(c) : null;
    }

    private static String unicode(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }
}
