package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.List;
import java.util.Set;

/**
 * {@code range}: true when the numeric values at {@code field} lie within [min, max] (inclusive):
 * with {@code quantifier: any} (the default) some value must, with {@code all} every value must.
 * Values that are not numbers are ignored. Evidence: the values inside. Unknown when the field
 * has no numeric value.
 */
public final class RangeType implements RuleType {

    @Override
    public String name() {
        return "range";
    }

    @Override
    public String description() {
        return "A numeric field lies within [min, max]; over a list, any value does (quantifier: all for every value).";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("field", "min", "max", "quantifier");
    }

    @Override
    public Condition compile(Params params) {
        String field = params.numberField("field");
        Bounds bounds = Bounds.of(params);
        String quantifier = params.optionalString("quantifier").orElse("any");
        if (!quantifier.equals("any") && !quantifier.equals("all")) {
            throw new InvalidRuleException("quantifier must be any or all, got '" + quantifier + "'");
        }
        boolean all = quantifier.equals("all");
        return facts -> {
            List<Fact> numbers = facts.values(field).stream().filter(f -> f.number() != null).toList();
            if (numbers.isEmpty()) {
                return Missing.outcome(facts, field);
            }
            List<Evidence> inside = numbers.stream().filter(f -> bounds.contains(f.number())).map(Fact::evidence).toList();
            boolean holds = all ? inside.size() == numbers.size() : !inside.isEmpty();
            return holds ? Outcome.yes(inside) : Outcome.no();
        };
    }
}
