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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code regex}: true when an RE2 expression (linear time, no backtracking) matches a text field. */
public final class RegexType implements RuleType {

    @Override
    public String name() {
        return "regex";
    }

    @Override
    public String description() {
        return "An RE2 regular expression (linear time) matches the text fields; case-insensitive unless case_sensitive.";
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
        Pattern pattern;
        try {
            pattern = Pattern.compile(source, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new InvalidRuleException("invalid pattern: " + e.getDescription());
        }
        TextFields fields = TextFields.of(params);
        return facts -> {
            List<Fact> texts = fields.read(facts);
            if (texts.isEmpty()) {
                return Outcome.unknown();
            }
            List<Evidence> evidence = new ArrayList<>();
            for (Fact fact : texts) {
                Matcher m = pattern.matcher((String) fact.value());
                if (m.find()) {
                    evidence.add(new Evidence(fact.path(), m.group(), fact.locator().locate(m.start(), m.end())));
                }
            }
            return evidence.isEmpty() ? Outcome.no() : Outcome.yes(evidence);
        };
    }
}
