package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.text.Phrase;
import io.hypecheck.text.Span;
import io.hypecheck.text.Token;
import io.hypecheck.text.IndexedText;
import io.hypecheck.text.Tokenizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code phrase}: true when at least {@code min} distinct phrases of {@code terms} occur in the
 * text fields, on word boundaries, ignoring case, accents and English or Portuguese inflection
 * (see {@link Phrase}). Evidence: the first occurrence of each matched phrase in each field, the
 * first occurrence of every phrase first, at most five. False when a named field is present
 * without enough phrases; unknown when every named field is absent.
 */
public final class PhraseType implements RuleType {

    private static final int MAX_EVIDENCE = 5;

    @Override
    public String name() {
        return "phrase";
    }

    @Override
    public String description() {
        return "At least min (default 1) of the phrases in terms occur in the text fields (default: all free text), "
                + "ignoring case, accents and English or Portuguese inflection; a trailing * makes a word a prefix.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("terms", "fields", "min");
    }

    @Override
    public Optional<String> shorthand() {
        return Optional.of("terms");
    }

    @Override
    public Condition compile(Params params) {
        List<Phrase> phrases = phrases(params.strings("terms"));
        int min = min(params, phrases.size());
        TextFields fields = TextFields.of(params);
        return facts -> fields.read(facts).map(texts -> {
            Map<Phrase, List<Evidence>> hits = new LinkedHashMap<>();
            for (Fact fact : texts) {
                String value = (String) fact.value();
                IndexedText tokens = Tokenizer.indexed(value);
                for (int p = 0; p < phrases.size(); p++) { // no iterator or lambda per phrase: the hottest loop of a run
                    Phrase phrase = phrases.get(p);
                    Optional<Span> span = phrase.find(tokens);
                    if (span.isPresent()) {
                        hits.computeIfAbsent(phrase, k -> new ArrayList<>()).add(evidence(fact, value, span.get()));
                    }
                }
            }
            return hits.size() >= min ? Outcome.yes(firstOfEachFirst(hits)) : Outcome.no();
        }).orElse(Outcome.unknown());
    }

    static List<Phrase> phrases(List<String> terms) {
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        for (String term : terms) {
            try {
                Phrase phrase = Phrase.parse(term);
                phrases.putIfAbsent(phrase.text().toLowerCase(Locale.ROOT), phrase);
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException("term " + e.getMessage());
            }
        }
        if (phrases.isEmpty()) {
            throw new InvalidRuleException("terms must not be empty");
        }
        return List.copyOf(phrases.values());
    }

    private static int min(Params params, int terms) {
        BigDecimal min = params.number("min").orElse(BigDecimal.ONE);
        if (min.stripTrailingZeros().scale() > 0 || min.compareTo(BigDecimal.ONE) < 0
                || min.compareTo(BigDecimal.valueOf(terms)) > 0) {
            throw new InvalidRuleException("min must be a whole number from 1 to the number of distinct terms ("
                    + terms + "), got " + min.toPlainString());
        }
        return min.intValueExact();
    }

    private static Evidence evidence(Fact fact, String value, Span span) {
        return TextEvidence.of(fact, span.start(), span.end());
    }

    private static List<Evidence> firstOfEachFirst(Map<Phrase, List<Evidence>> hits) {
        List<Evidence> out = new ArrayList<>();
        hits.values().forEach(list -> out.add(list.get(0)));
        hits.values().forEach(list -> out.addAll(list.subList(1, list.size())));
        return out.subList(0, Math.min(out.size(), MAX_EVIDENCE));
    }
}
