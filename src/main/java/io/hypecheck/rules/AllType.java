package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.api.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code all}: Kleene conjunction of the conditions in {@code of}: true when every one is true,
 * false when any is false (even if others are unknown), otherwise unknown. Evidence: the union of
 * the conditions' evidence.
 */
public final class AllType implements RuleType {

    @Override
    public String name() {
        return "all";
    }

    @Override
    public String description() {
        return "Every condition of the list holds (false wins over unknown).";
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
        return facts -> {
            Truth truth = Truth.TRUE;
            List<Evidence> evidence = new ArrayList<>();
            for (Condition condition : conditions) {
                Outcome outcome = condition.evaluate(facts);
                truth = truth.and(outcome.truth());
                if (truth == Truth.FALSE) {
                    return Outcome.no();
                }
                evidence.addAll(outcome.evidence());
            }
            return Outcome.of(truth, evidence);
        };
    }
}
