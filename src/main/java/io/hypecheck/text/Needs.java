package io.hypecheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a text must contain for a regular expression to match in it: a formula of literal strings
 * (all of, any of) worked out once from the pattern, as RE2's FilteredRE2 and Hyperscan's
 * prefilters do, and checked against a text's {@linkplain #caseless caseless form} before the
 * regex runs. It only ever says no when the regex cannot match: a pattern it does not fully
 * understand needs nothing. Literals are ASCII and compared caselessly, so the check holds for
 * case-sensitive and case-insensitive matching alike. A rule's needs are {@linkplain #scanned
 * scanned}: their literals join the one {@link LiteralScan} a text is read by once, and each
 * literal is then a bit of that reading ({@link #metBy(IndexedText)}).
 */
public sealed interface Needs {

    /** Needs nothing: every text may match. */
    Needs NOTHING = new All(List.of());

    /** Whether a text, given in its {@linkplain #caseless caseless form}, has what is needed. */
    boolean metBy(String caseless);

    /**
     * Whether an indexed text has what is needed: the same answer as {@link #metBy(String)} on its
     * caseless form, a scanned literal told by the text's one scan instead of a search of its own.
     */
    boolean metBy(IndexedText text);

    /**
     * The needs of a rule's pattern, its literals {@linkplain Literals registered} for the one scan
     * of every text ({@link Scanned}); what {@link #of} makes of it otherwise.
     */
    static Needs scanned(String pattern) {
        return scanned(of(pattern));
    }

    private static Needs scanned(Needs needs) {
        if (needs instanceof Literal literal) {
            return new Scanned(literal.text(), Literals.id(literal.text()));
        }
        if (needs instanceof All all) {
            return new All(all.parts().stream().map(Needs::scanned).toList());
        }
        if (needs instanceof Any any) {
            return new Any(any.parts().stream().map(Needs::scanned).toList());
        }
        return needs;
    }

    /** The literals needed in a pattern of RE2 syntax (nothing when the pattern is beyond the analysis). */
    static Needs of(String pattern) {
        try {
            return new NeedsParser(pattern).parse();
        } catch (NeedsParser.Unsupported e) {
            return NOTHING;
        }
    }

    /**
     * A text with ASCII letters lower-cased and the two other letters that case-fold to ASCII ones
     * (the Kelvin sign, the long s) replaced by them; every other character kept, one for one.
     */
    static String caseless(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char to = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '\u212A' ? 'k' : c == '\u017F' ? 's' : c;
            if (to != c) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = to;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** A literal, lower-case ASCII. */
    record Literal(String text) implements Needs {
        @Override
        public boolean metBy(String caseless) {
            return caseless.contains(text);
        }

        @Override
        public boolean metBy(IndexedText text) {
            return metBy(text.caseless());
        }
    }

    /** A literal, lower-case ASCII, with its number among the {@linkplain Literals scanned literals}. */
    record Scanned(String text, int id) implements Needs {
        public Scanned {
            java.util.Objects.requireNonNull(text, "text");
            if (id < 0) {
                throw new IllegalArgumentException("a literal's number is not negative: " + id);
            }
        }

        @Override
        public boolean metBy(String caseless) {
            return caseless.contains(text);
        }

        @Override
        public boolean metBy(IndexedText words) {
            return words.saw(id);
        }
    }

    /** Every one of the parts (nothing when there are none). */
    record All(List<Needs> parts) implements Needs {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean metBy(String caseless) {
            for (int i = 0; i < parts.size(); i++) {
                if (!parts.get(i).metBy(caseless)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean metBy(IndexedText text) {
            for (int i = 0; i < parts.size(); i++) {
                if (!parts.get(i).metBy(text)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** At least one of the parts (at least two). */
    record Any(List<Needs> parts) implements Needs {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean metBy(String caseless) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).metBy(caseless)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean metBy(IndexedText text) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).metBy(text)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** All of some needs, simplified: nothing drops out, a single need stands for itself. */
    static Needs all(List<Needs> needs) {
        List<Needs> kept = new ArrayList<>();
        for (Needs need : needs) {
            if (need instanceof All all) {
                kept.addAll(all.parts());
            } else {
                kept.add(need);
            }
        }
        return kept.size() == 1 ? kept.get(0) : new All(kept);
    }

    /** Any of some needs, simplified: one that needs nothing makes the whole need nothing. */
    static Needs any(List<Needs> needs) {
        for (Needs need : needs) {
            if (need.equals(NOTHING)) {
                return NOTHING;
            }
        }
        return needs.size() == 1 ? needs.get(0) : new Any(needs);
    }
}
