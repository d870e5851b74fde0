package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.text.Phrase;
import io.hypecheck.text.Token;
import io.hypecheck.text.Tokenizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code phrase}: true when at least {@code min} of the phrases occur in the text fields,
 * case-, accent- and inflection-insensitive in English and Portuguese, on word boundaries.
 */
public final class PhraseType implements RuleType {

    private static final int MAX_EVIDENCE = 5;

    @Override
    public String name() {
        return "phrase";
    }

    @Override
    public String description() {
        return "At least min (default 1) of the phrases occur in the text fields; case-, accent- and "
                + "inflection-insensitive (English and Portuguese stems); a trailing * makes a word a prefix.";
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
        List<Phrase> phrases = new ArrayList<>();
        for (String term : params.strings("terms")) {
            phrases.add(Phrase.parse(term).orElseThrow(() -> new InvalidRuleException("term '" + term + "' has no words")));
        }
        if (phrases.isEmpty()) {
            throw new InvalidRuleException("terms must not be empty");
        }
        int min = params.number("min").map(BigDecimal::intValue).orElse(1);
        if (min < 1 || min > phrases.size()) {
            throw new InvalidRuleException("min must be between 1 and the number of terms (" + phrases.size() + ")");
        }
        TextFields fields = TextFields.of(params);
        return facts -> {
            List<Fact> texts = fields.read(facts);
            if (texts.isEmpty()) {
                return Outcome.unknown();
            }
            Set<String> matched = new LinkedHashSet<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Fact fact : texts) {
                List<Token> tokens = Tokenizer.tokens((String) fact.value());
                for (Phrase phrase : phrases) {
                    Optional<int[]> at = phrase.find(tokens);
                    if (at.isPresent() && matched.add(phrase.text()) && evidence.size() < MAX_EVIDENCE) {
                        String value = (String) fact.value();
                        evidence.add(new Evidence(fact.path(), value.substring(at.get()[0], at.get()[1]),
                                fact.locator().locate(at.get()[0], at.get()[1])));
                    }
                }
            }
            return matched.size() >= min ? Outcome.yes(evidence) : Outcome.no();
        };
    }
}
