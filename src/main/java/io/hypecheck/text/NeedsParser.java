package io.hypecheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RE2 pattern (already known to compile) into the {@link Needs} of its matches: a run of
 * literal ASCII characters is a literal; a concatenation needs all its parts, an alternation any
 * of its branches; an optional part, a character class, {@code .} and assertions need nothing.
 * Whatever it does not know (Unicode classes, hex and octal escapes, {@code \Q}) makes it give up.
 */
final class NeedsParser {

    /** The pattern uses syntax this reading does not cover: it needs nothing. */
    static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String pattern;
    private int pos;
    /** Whether the last {@link #repetition} read a repetition operator. */
    private boolean repeated;

    NeedsParser(String pattern) {
        this.pattern = pattern;
    }

    Needs parse() throws Unsupported {
        Needs needs = alternation();
        if (pos != pattern.length()) {
            throw new Unsupported();
        }
        return needs;
    }

    private Needs alternation() throws Unsupported {
        List<Needs> branches = new ArrayList<>();
        branches.add(concatenation());
        while (pos < pattern.length() && pattern.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation());
        }
        return Needs.any(branches);
    }

    private Needs concatenation() throws Unsupported {
        List<Needs> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (pos < pattern.length() && pattern.charAt(pos) != '|' && pattern.charAt(pos) != ')') {
            int literal = literal();
            Needs atom = literal < 0 ? atom() : null;
            int min = repetition();
            if (literal >= 0 && !repeated) {
                run.append((char) literal);
                continue;
            }
            if (literal >= 0 && min >= 1) {
                run.append((char) literal); // the first of its repeats ends the run before it,
                flush(run, parts);
                run.append((char) literal); // the last starts the run after it
                continue;
            }
            flush(run, parts);
            if (atom != null && min >= 1) {
                parts.add(atom);
            }
        }
        flush(run, parts);
        return Needs.all(parts);
    }

    private static void flush(StringBuilder run, List<Needs> parts) {
        if (run.length() > 0) {
            parts.add(new Needs.Literal(run.toString()));
            run.setLength(0);
        }
    }

    /** A literal ASCII character at the position, consumed and lower-cased; -1 (nothing consumed) otherwise. */
    private int literal() throws Unsupported {
        char c = pattern.charAt(pos);
        if (c == '\\' && pos + 1 < pattern.length()) {
            char e = pattern.charAt(pos + 1);
            if (e < 128 && !Character.isLetterOrDigit(e)) {
                pos += 2;
                return lower(e);
            }
            return -1;
        }
        if (c >= 128 || "()[].^$*+?{|\\".indexOf(c) >= 0) {
            return -1;
        }
        pos++;
        return lower(c);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Anything but a literal: a group, a class, an escape, {@code .}, an assertion, a non-ASCII character. */
    private Needs atom() throws Unsupported {
        char c = pattern.charAt(pos);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                characterClass();
                return Needs.NOTHING;
            }
            case '.', '^', '$' -> {
                pos++;
                return Needs.NOTHING;
            }
            case '\\' -> {
                if (pos + 1 < pattern.length() && "dDsSwWbBAz".indexOf(pattern.charAt(pos + 1)) >= 0) {
                    pos += 2;
                    return Needs.NOTHING;
                }
                throw new Unsupported();
            }
            case '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
            default -> {
                pos += Character.charCount(pattern.codePointAt(pos));
                return Needs.NOTHING;
            }
        }
    }

    private Needs group() throws Unsupported {
        pos++;
        if (pattern.startsWith("?", pos)) {
            pos++;
            if (pattern.startsWith("P<", pos) || pattern.startsWith("<", pos)) {
                int close = pattern.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                while (pos < pattern.length() && "imsU-".indexOf(pattern.charAt(pos)) >= 0) {
                    pos++;
                }
                if (pattern.startsWith(")", pos)) {
                    pos++;
                    return Needs.NOTHING;
                }
                if (!pattern.startsWith(":", pos)) {
                    throw new Unsupported();
                }
                pos++;
            }
        }
        Needs inside = alternation();
        if (!pattern.startsWith(")", pos)) {
            throw new Unsupported();
        }
        pos++;
        return inside;
    }

    private void characterClass() throws Unsupported {
        pos++;
        if (pattern.startsWith("^", pos)) {
            pos++;
        }
        if (pattern.startsWith("]", pos)) {
            pos++;
        }
        while (pos < pattern.length() && pattern.charAt(pos) != ']') {
            if (pattern.startsWith("[:", pos)) {
                int close = pattern.indexOf(":]", pos + 2);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 2;
            } else if (pattern.charAt(pos) == '\\') {
                if (pos + 1 >= pattern.length() || "pPxQ".indexOf(pattern.charAt(pos + 1)) >= 0) {
                    throw new Unsupported();
                }
                pos += 2;
            } else {
                pos++;
            }
        }
        if (pos >= pattern.length()) {
            throw new Unsupported();
        }
        pos++;
    }

    /**
     * Reads a repetition operator after an atom, if any, and gives the fewest times it lets the atom
     * occur: 1 with no operator ({@link #repeated} false), 0 for {@code ? *} and {@code {0,…}}.
     */
    private int repetition() throws Unsupported {
        repeated = false;
        if (pos >= pattern.length()) {
            return 1;
        }
        char c = pattern.charAt(pos);
        int min;
        if (c == '?' || c == '*') {
            pos++;
            min = 0;
        } else if (c == '+') {
            pos++;
            min = 1;
        } else if (c == '{') {
            min = 0;
            int digits = 0;
            pos++;
            while (pos < pattern.length() && Character.isDigit(pattern.charAt(pos)) && digits < 4) {
                min = min * 10 + pattern.charAt(pos++) - '0';
                digits++;
            }
            if (pos < pattern.length() && pattern.charAt(pos) == ',') {
                pos++;
                while (pos < pattern.length() && Character.isDigit(pattern.charAt(pos))) {
                    pos++;
                }
            }
            if (digits == 0 || pos >= pattern.length() || pattern.charAt(pos) != '}') {
                throw new Unsupported();
            }
            pos++;
        } else {
            return 1;
        }
        repeated = true;
        if (pos < pattern.length() && pattern.charAt(pos) == '?') {
            pos++;
        }
        if (pos < pattern.length() && "*+?{".indexOf(pattern.charAt(pos)) >= 0) {
            throw new Unsupported();
        }
        return min;
    }
}
