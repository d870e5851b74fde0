package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.text.IndexedText;
import io.hypecheck.text.Phrase;
import io.hypecheck.text.Span;
import io.hypecheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code together}: true when one sentence of a text field holds a phrase of {@code terms}, one of
 * {@code with} and, when given, one of {@code and}, each affirmed and matched as {@code phrase}
 * matches (see {@link Phrase}). Terms a rule pairs so stand in the same sentence, in any order and
 * at any distance, as paraphrases put them ("agents pay each other", "payments from one agent to
 * another"). Evidence: in each field, the first such sentence from its first matched word to its
 * last, at most five fields. False
 * when a named field is present without such a sentence; unknown when every named field is absent.
 */
public final class TogetherType implements RuleType {

    private static final int MAX_EVIDENCE = 5;

    @Override
    public String name() {
        return "together";
    }

    @Override
    public String description() {
        return "One sentence of the text fields (default: all free text) holds a phrase of terms, one of with and, "
                + "when given, one of and, matched as phrase matches them.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("terms", "with", "and", "fields");
    }

    @Override
    public Condition compile(Params params) {
        List<List<Phrase>> groups = new ArrayList<>();
        groups.add(PhraseType.phrases(params.strings("terms")));
        groups.add(PhraseType.phrases(params.strings("with")));
        params.optionalStrings("and").ifPresent(and -> groups.add(PhraseType.phrases(and)));
        TextFields fields = TextFields.of(params);
        return facts -> fields.read(facts).map(texts -> {
            List<Evidence> found = new ArrayList<>();
            for (Fact fact : texts) {
                IndexedText words = Tokenizer.indexed((String) fact.value());
                sentence(words, groups).ifPresent(span -> found.add(TextEvidence.of(fact, span.start(), span.end())));
            }
            return found.isEmpty() ? Outcome.no() : Outcome.yes(found.subList(0, Math.min(found.size(), MAX_EVIDENCE)));
        }).orElse(Outcome.unknown());
    }

    /** From the first to the last matched word of the first sentence that holds every group, if any. */
    private static Optional<Span> sentence(IndexedText words, List<List<Phrase>> groups) {
        List<TreeMap<Integer, Span>> bySentence = new ArrayList<>();
        for (List<Phrase> group : groups) {
            TreeMap<Integer, Span> first = new TreeMap<>();
            for (Phrase phrase : group) {
                for (Span span : phrase.findAll(words)) {
                    first.merge(words.sentenceAt(span.start()), span, (a, b) -> a.start() <= b.start() ? a : b);
                }
            }
            if (first.isEmpty()) {
                return Optional.empty();
            }
            bySentence.add(first);
        }
        Optional<Integer> shared = bySentence.get(0).keySet().stream()
                .filter(s -> bySentence.stream().allMatch(m -> m.containsKey(s))).findFirst();
        return shared.map(s -> new Span(bySentence.stream().mapToInt(m -> m.get(s).start()).min().orElseThrow(),
                bySentence.stream().mapToInt(m -> m.get(s).end()).max().orElseThrow()));
    }
}
