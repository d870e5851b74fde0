package io.hypecheck.prose;

import io.hypecheck.api.Fact;
import io.hypecheck.text.IndexedText;
import io.hypecheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a free-text field.
 *
 * @param field  the field it stands in (summary or description)
 * @param start  its first character in the field's text
 * @param text   the sentence
 * @param next   the sentence after it in the same field, or empty
 */
record Sentence(Fact field, int start, String text, String next) {

    Sentence {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(next, "next");
    }

    /** The words of the whole field, with their negation scopes. */
    IndexedText words() {
        return Tokenizer.indexed((String) field.value());
    }

    /** Whether the characters {@code [from, to)} of this sentence are affirmed (not negated or contrasted). */
    boolean affirmed(int from, int to) {
        return words().affirmed(start + from, start + to);
    }

    /** The sentences of a free-text field: split after {@code . ! ? ;} and line breaks, not inside numbers. */
    static List<Sentence> of(Fact field) {
        String text = (String) field.value();
        List<int[]> spans = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '!' || c == '?' || c == ';' || c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '.') {
                boolean decimal = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1));
                boolean abbreviation = i >= 2 && (text.startsWith("e.g", i - 3) || text.startsWith("i.e", i - 3)
                        || text.startsWith("vs", i - 2) || text.startsWith("U.S", i - 3) || text.startsWith("Inc", i - 3)
                        || text.startsWith("Ltd", i - 3) || text.startsWith("approx", i - 6) || text.startsWith("Jr", i - 2));
                end = !decimal && !abbreviation && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            }
            if (end) {
                spans.add(new int[] {begin, i + 1});
                begin = i + 1;
            }
        }
        if (begin < text.length()) {
            spans.add(new int[] {begin, text.length()});
        }
        List<Sentence> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            String next = k + 1 < spans.size() ? text.substring(spans.get(k + 1)[0], spans.get(k + 1)[1]) : "";
            out.add(new Sentence(field, s[0], text.substring(s[0], s[1]), next));
        }
        return out;
    }
}
