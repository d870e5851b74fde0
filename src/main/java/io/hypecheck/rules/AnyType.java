package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code any}: Kleene disjunction of the conditions in {@code of}: true when any is true (even if
 * others are unknown), false when every one is false, otherwise unknown. Evidence: that of every
 * true condition.
 */
public final class AnyType implements RuleType {

    @Override
    public String name() {
        return "any";
    }

    @Override
    public String description() {
        return "At least one condition of the list holds (true wins over unknown).";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("of");
    }

    @Override
    public Optional<String> shorthand() {
        return Optional.of("of");
    }

    @Override
    public Condition compile(Params params) {
        List<Condition> conditions = params.conditions("of");
        if (conditions.isEmpty()) {
            throw new InvalidRuleException("of must not be empty");
        }
        return facts -> Outcome.anyOf(conditions.stream().map(c -> c.evaluate(facts)).toList());
    }
}
