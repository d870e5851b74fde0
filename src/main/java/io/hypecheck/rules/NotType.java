package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code not}: Kleene negation of the condition in {@code of}; unknown stays unknown. No evidence. */
public final class NotType implements RuleType {

    @Override
    public String name() {
        return "not";
    }

    @Override
    public String description() {
        return "The condition does not hold (unknown stays unknown).";
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
        Condition condition = params.condition("of");
        return facts -> Outcome.of(condition.evaluate(facts).truth().not(), List.of());
    }
}
