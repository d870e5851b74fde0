package io.hypecheck.project;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code --exclude} pattern, read as a line of {@code .gitignore} is: {@code *} and
 * {@code ?} stay within a path segment, {@code **} spans segments, {@code [abc]} is a class; a
 * pattern with no slash but a trailing one matches a file or folder name at any depth
 * ({@code *-draft.yaml}, {@code drafts}); a trailing slash matches folders only ({@code drafts/});
 * any other slash anchors the pattern to the folder searched ({@code archive/2024},
 * {@code /old}, {@code **}{@code /drafts}). A matching folder excludes everything under it.
 * Negation ({@code !}) is not supported.
 */
public final class ExcludeGlob {

    private final String text;
    private final boolean folderOnly;
    private final boolean anchored;
    private final Pattern regex;

    /**
     * The pattern as written.
     *
     * @throws IllegalArgumentException when it cannot be read (a negation, an empty class such as {@code [!]}),
     *                                  with a message saying why
     */
    public ExcludeGlob(String text) {
        this.text = Objects.requireNonNull(text, "text");
        if (text.startsWith("!")) {
            throw new IllegalArgumentException("negation ('!') is not supported; exclude what you mean directly");
        }
        this.folderOnly = text.endsWith("/");
        String body = folderOnly ? text.substring(0, text.length() - 1) : text;
        this.anchored = body.contains("/");
        try {
            this.regex = Pattern.compile(regex(body.startsWith("/") ? body.substring(1) : body));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getDescription(), e);
        }
    }

    /** The pattern as written. */
    public String text() {
        return text;
    }

    /**
     * Whether the file at {@code relative} (with {@code /} separators, relative to the folder
     * searched) is excluded by this pattern, itself or through a folder it is in.
     */
    public boolean excludes(String relative) {
        String[] segments = relative.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            prefix.append(i == 0 ? "" : "/").append(segments[i]);
            boolean folder = i < segments.length - 1;
            if (folderOnly && !folder) {
                continue;
            }
            if (regex.matcher(anchored ? prefix : segments[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String regex(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                out.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                out.append(".*");
                i += 1;
            } else if (c == '*') {
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
            } else if (c == '[' && glob.indexOf(']', i + 1) > i + 1) {
                int end = glob.indexOf(']', i + 1);
                String inside = glob.substring(i + 1, end);
                if (inside.equals("!")) {
                    throw new IllegalArgumentException("'[!]' is a class of no character");
                }
                out.append('[').append(inside.startsWith("!") ? "^" + quoteClass(inside.substring(1)) : quoteClass(inside))
                        .append(']');
                i = end;
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static String quoteClass(String inside) {
        return inside.replace("\\", "\\\\").replace("[", "\\[").replace("&&", "\\&\\&");
    }
}
