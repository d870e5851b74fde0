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
import java.util.Set;

/** {@code equals}: true when a value of the field equals the given value (or one of {@code in}). */
public final class EqualsType implements RuleType {

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
        return facts -> {
            List<Fact> values = facts.values(field);
            if (values.isEmpty()) {
                return Outcome.unknown();
            }
            List<Evidence> equal = values.stream().filter(f -> wanted.stream().anyMatch(w -> same(f.value(), w)))
                    .map(Fact::evidence).toList();
            return equal.isEmpty() ? Outcome.no() : Outcome.yes(equal);
        };
    }

    static boolean same(Object value, String wanted) {
        if (value instanceof BigDecimal number) {
            try {
                return number.compareTo(new BigDecimal(wanted.trim())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (value instanceof Boolean bool) {
            return bool.toString().equals(wanted.trim().toLowerCase(java.util.Locale.ROOT));
        }
        return Fold.fold(value.toString().trim()).equals(Fold.fold(wanted.trim()));
    }
}
