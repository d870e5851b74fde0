package io.hypecheck.rules;

import io.hypecheck.api.InvalidRuleException;

/**
 * Checks a rubric's regular expression before RE2 compiles it: features RE2 lacks get a clear
 * message (backreferences, lookaround, atomic groups, possessive quantifiers), and the size of
 * the compiled program, estimated with repetitions multiplied out ({@code (a{1000}){1000}} is a
 * million instructions), is bounded, which bounds the work of each match per character of text.
 */
public final class RegexLimits {

    /** The largest estimated program, in instructions. */
    public static final int MAX_PROGRAM = 2_000;
    /** The largest count of one repetition, as in RE2. */
    public static final int MAX_REPEAT = 1_000;

    private final String source;
    private int at;

    private RegexLimits(String source) {
        this.source = source;
    }

    /**
     * Checks {@code source}.
     *
     * @throws InvalidRuleException naming the problem
     */
    public static void check(String source) {
        RegexLimits limits = new RegexLimits(source);
        long size = limits.alternation(0);
        if (size > MAX_PROGRAM) {
            throw new InvalidRuleException("pattern too large: about " + size + " instructions once repetitions are"
                    + " multiplied out, more than " + MAX_PROGRAM + "; use smaller repetition counts");
        }
    }

    private long alternation(int depth) {
        long total = sequence(depth);
        while (at < source.length() && source.charAt(at) == '|') {
            at++;
            total = cap(total + 1 + sequence(depth));
        }
        return total;
    }

    private long sequence(int depth) {
        long total = 0;
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            total = cap(total + quantified(atom(depth)));
        }
        return total;
    }

    private long atom(int depth) {
        char c = source.charAt(at++);
        switch (c) {
            case '(':
                groupPrefix();
                long inner = alternation(depth + 1);
                if (at < source.length()) {
                    at++;
                }
                return cap(inner + 2);
            case '[':
                characterClass();
                return 1;
            case '\\':
                escape();
                return 1;
            default:
                return 1;
        }
    }

    private void groupPrefix() {
        if (!source.startsWith("?", at)) {
            return;
        }
        String rest = source.substring(at + 1, Math.min(source.length(), at + 3));
        if (rest.startsWith("=") || rest.startsWith("!")) {
            throw new InvalidRuleException("invalid pattern: lookahead ('(?=' and '(?!') is not supported: RE2 runs in linear time");
        }
        if (rest.startsWith("<=") || rest.startsWith("<!")) {
            throw new InvalidRuleException("invalid pattern: lookbehind ('(?<=' and '(?<!') is not supported: RE2 runs in linear time");
        }
        if (rest.startsWith(">")) {
            throw new InvalidRuleException("invalid pattern: atomic groups ('(?>') are not supported: RE2 runs in linear time");
        }
        int close = source.indexOf(')', at);
        int colon = source.indexOf(':', at);
        int name = source.indexOf('>', at);
        if (rest.startsWith("P<") || rest.startsWith("<")) {
            at = name < 0 ? source.length() : name + 1;
        } else if (colon >= 0 && (close < 0 || colon < close)) {
            at = colon + 1;
        }
    }

    private void characterClass() {
        if (source.startsWith("^", at)) {
            at++;
        }
        if (source.startsWith("]", at)) {
            at++;
        }
        while (at < source.length() && source.charAt(at) != ']') {
            if (source.charAt(at) == '\\') {
                at++;
            } else if (source.startsWith("[:", at)) {
                int end = source.indexOf(":]", at + 2);
                at = end < 0 ? at : end + 1;
            }
            at++;
        }
        at++;
    }

    private void escape() {
        if (at >= source.length()) {
            return;
        }
        char c = source.charAt(at++);
        if (c >= '1' && c <= '9' || c == 'k' && source.startsWith("<", at)) {
            throw new InvalidRuleException("invalid pattern: backreferences ('\\" + c + "') are not supported: RE2 runs in linear time");
        }
        if (c == 'Q') {
            int end = source.indexOf("\\E", at);
            at = end < 0 ? source.length() : end + 2;
        } else if ((c == 'p' || c == 'P' || c == 'x') && source.startsWith("{", at)) {
            int end = source.indexOf('}', at);
            at = end < 0 ? source.length() : end + 1;
        }
    }

    private long quantified(long size) {
        long total = size;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '*' || c == '+' || c == '?') {
                at++;
                total = cap(total + 1);
            } else if (c == '{' && repetition()) {
                int comma = source.indexOf(',', at);
                int close = source.indexOf('}', at);
                int min = Integer.parseInt(source.substring(at + 1, comma >= 0 && comma < close ? comma : close));
                String maxText = comma >= 0 && comma < close ? source.substring(comma + 1, close) : String.valueOf(min);
                int max = maxText.isEmpty() ? min : Integer.parseInt(maxText);
                if (Math.max(min, max) > MAX_REPEAT) {
                    throw new InvalidRuleException("repetition count " + Math.max(min, max) + " is more than "
                            + MAX_REPEAT);
                }
                at = close + 1;
                total = cap(total * Math.max(1, Math.max(min, max)) + 1);
            } else {
                break;
            }
            if (at < source.length() && source.charAt(at) == '+') {
                throw new InvalidRuleException("invalid pattern: possessive quantifiers ('*+', '++', '?+') are not supported:"
                        + " RE2 runs in linear time");
            }
            if (at < source.length() && source.charAt(at) == '?') {
                at++;
            }
        }
        return total;
    }

    /** Whether a well-formed {@code {n}}, {@code {n,}} or {@code {n,m}} starts here (else '{' is a literal). */
    private boolean repetition() {
        int close = source.indexOf('}', at);
        return close > at + 1 && source.substring(at + 1, close).matches("[0-9]{1,6}(,[0-9]{0,6})?");
    }

    private static long cap(long size) {
        return Math.min(size, 1L << 40);
    }
}
