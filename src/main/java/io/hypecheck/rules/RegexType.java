package io.hypecheck.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.text.IndexedText;
import io.hypecheck.text.Needs;
import io.hypecheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code regex}: true when an RE2 regular expression (linear time, no backtracking) matches one of
 * the text fields (default: all free text), case-insensitively unless {@code case_sensitive}.
 * Only the first {@value #MAX_TEXT} characters of each text are read; a text that lacks a literal
 * every match needs ({@link Needs}) is skipped without running the regex, and the work of all
 * attempts on one file is bounded ({@link RegexBudget}: past it, unknown). A match inside a negation or contrast scope ({@code not}, {@code than}, {@code não}, {@code em vez
 * de}…, see {@link io.hypecheck.text.Scopes}) does not count, as for {@code phrase}. Evidence: the
 * first counting match in each field, at most five. False when a named field is present without a
 * match; unknown when every named field is absent.
 */
public final class RegexType implements RuleType {

    private static final int MAX_EVIDENCE = 5;
    /**
     * How much of each text a regex reads: RE2 runs in time linear in the text but also in the size of
     * the program, so a long hostile description times a large pattern could take seconds; analysts'
     * prose is far shorter than this.
     */
    static final int MAX_TEXT = 20_000;

    @Override
    public String name() {
        return "regex";
    }

    @Override
    public String description() {
        return "An RE2 regular expression (linear time) matches the text fields (default: all free text); "
                + "case-insensitive unless case_sensitive is true.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("pattern", "fields", "case_sensitive");
    }

    @Override
    public Optional<String> shorthand() {
        return Optional.of("pattern");
    }

    @Override
    public Condition compile(Params params) {
        String source = params.string("pattern");
        boolean caseSensitive = params.bool("case_sensitive").orElse(false);
        RegexLimits.check(source);
        Pattern pattern;
        try {
            pattern = Pattern.compile(source, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new InvalidRuleException("invalid pattern: " + e.getDescription());
        }
        Needs needs = Needs.scanned(source);
        TextFields fields = TextFields.of(params);
        return facts -> fields.read(facts).map(texts -> {
            RegexBudget budget = RegexBudget.current();
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < texts.size() && evidence.size() < MAX_EVIDENCE; i++) {
                Fact fact = texts.get(i);
                String value = (String) fact.value();
                IndexedText words = Tokenizer.indexed(value);
                if (!needs.metBy(words)) {
                    continue;
                }
                Optional<Evidence> found = first(pattern, fact, words, budget);
                if (found == null) {
                    return Outcome.unknown();
                }
                found.ifPresent(evidence::add);
            }
            return evidence.isEmpty() ? Outcome.no() : Outcome.yes(evidence);
        }).orElse(Outcome.unknown());
    }

    /**
     * The first counting match in the fact's text (its first {@value #MAX_TEXT} characters), or
     * null when the budget ran out before the search could tell: each attempt spends the text from
     * where it starts to the end.
     */
    private static Optional<Evidence> first(Pattern pattern, Fact fact, IndexedText words, RegexBudget budget) {
        String value = (String) fact.value();
        String text = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            if (!budget.spend(text.length() - from + 1L)) {
                return null;
            }
            if (!m.find(from)) {
                return Optional.empty();
            }
            if (m.end() > m.start() && words.affirmed(m.start(), m.end())) {
                return Optional.of(TextEvidence.of(fact, m.start(), m.end()));
            }
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return Optional.empty();
    }
}
