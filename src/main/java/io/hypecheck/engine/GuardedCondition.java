package io.hypecheck.engine;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Outcome;
import java.time.Duration;

/**
 * Wraps a compiled condition so that anything it throws (errors too: out of memory, stack
 * overflow, a missing class) names the rule type and its origin, and so that a plugin's
 * condition that runs longer than the time limit is stopped.
 */
record GuardedCondition(RegisteredType type, Condition inner, Duration timeout) implements Condition {

    GuardedCondition(RegisteredType type, Condition inner) {
        this(type, inner, PluginCalls.DEFAULT_TIMEOUT);
    }

    @Override
    public Outcome evaluate(Facts facts) {
        Outcome outcome = PluginCalls.call(type, timeout, "evaluating", () -> inner.evaluate(facts));
        if (outcome == null) {
            throw new RuleTypeFailure(type.type().name(), type.origin(), new NullPointerException("returned no outcome"));
        }
        return outcome;
    }
}
