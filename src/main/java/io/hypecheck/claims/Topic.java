package io.hypecheck.claims;

import com.google.re2j.Pattern;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.text.Needs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of promise a claim makes, recognised by its words (English and Portuguese), and the facts
 * that back or refute it.
 *
 * @param id          the topic's name in reports
 * @param words       the words that make a claim this topic's (RE2, case-insensitive)
 * @param needs       the literals every match of {@code words} needs, to skip claims that lack them
 * @param support     the facts that back such a claim
 * @param contradict  the facts that refute it
 */
record Topic(String id, Pattern words, Needs needs, Function<Facts, List<Evidence>> support,
             Function<Facts, List<Evidence>> contradict) {

    Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(contradict, "contradict");
    }

    static Topic of(String id, String words, Function<Facts, List<Evidence>> support, Function<Facts, List<Evidence>> contradict) {
        Pattern pattern = Pattern.compile("(?i)(" + words + ")");
        return new Topic(id, pattern, Needs.of(pattern.pattern()), support, contradict);
    }

    /** Whether a claim's text (and its case-folded form) has this topic's words. */
    boolean in(String text, String caseless) {
        return needs.metBy(caseless) && words.matcher(text).find();
    }

    /** Evidence of the facts at a path whose value passes a test (a stated absence counts as a failing value). */
    static List<Evidence> where(Facts facts, String path, java.util.function.Predicate<Fact> test) {
        List<Evidence> out = new ArrayList<>();
        for (Fact f : facts.values(path)) {
            if (test.test(f) && !f.provenance().weak()) {
                out.add(f.evidence());
            }
        }
        return out;
    }

    /** Evidence that the prose states a fact is missing. */
    static List<Evidence> stated(Facts facts, String path) {
        return facts.statedAbsent(path).map(List::of).orElse(List.of());
    }

    @SafeVarargs
    static List<Evidence> concat(List<Evidence>... lists) {
        List<Evidence> out = new ArrayList<>();
        for (List<Evidence> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
