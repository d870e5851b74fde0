package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.text.Fold;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code equals}: true when a value at {@code field} equals {@code value}, or one of the list
 * {@code in}. Numbers compare numerically, and only with plain decimal numbers ({@code 50},
 * {@code 1.5}); booleans with {@code true} or {@code false}; text and dates ignoring case, accents
 * and surrounding spaces. Evidence: the equal values. False when the field is present without an
 * equal value; unknown when it is absent.
 */
public final class EqualsType implements RuleType {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    @Override
    public String name() {
        return "equals";
    }

    @Override
    public String description() {
        return "A value of the field equals value (or one of in): numbers numerically, text ignoring case and accents.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("field", "value", "in");
    }

    @Override
    public Condition compile(Params params) {
        String field = params.field("field");
        if (params.has("value") == params.has("in")) {
            throw new InvalidRuleException("needs exactly one of value or in");
        }
        List<String> wanted = params.has("value") ? List.of(params.string("value")) : params.strings("in");
        if (wanted.isEmpty()) {
            throw new InvalidRuleException("in must not be empty");
        }
        return facts -> {
            List<Fact> values = facts.values(field);
            if (values.isEmpty() && facts.locate(field).isEmpty()) {
                return Missing.outcome(facts, field);
            }
            List<Evidence> equal = values.stream().filter(f -> wanted.stream().anyMatch(w -> same(f.value(), w)))
                    .map(Fact::evidence).toList();
            return equal.isEmpty() ? Outcome.no() : Outcome.yes(equal);
        };
    }

    /** Whether a fact's value equals a value written in a rubric. */
    static boolean same(Object value, String wanted) {
        String plain = wanted.strip();
        if (value instanceof BigDecimal number) {
            return PLAIN_NUMBER.matcher(plain).matches() && number.compareTo(new BigDecimal(plain)) == 0;
        }
        if (value instanceof Boolean bool) {
            return bool.toString().equals(plain.toLowerCase(Locale.ROOT));
        }
        return Fold.fold(value.toString().strip()).equals(Fold.fold(plain));
    }
}
