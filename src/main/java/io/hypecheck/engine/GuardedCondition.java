package io.hypecheck.engine;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Outcome;

/** Wraps a compiled condition so that an exception names the rule type and its origin. */
record GuardedCondition(RegisteredType type, Condition inner) implements Condition {

    @Override
    public Outcome evaluate(Facts facts) {
        Outcome outcome;
        try {
            outcome = inner.evaluate(facts);
        } catch (RuleTypeFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleTypeFailure(type.type().name(), type.origin(), e);
        }
        if (outcome == null) {
            throw new RuleTypeFailure(type.type().name(), type.origin(), new NullPointerException("returned no outcome"));
        }
        return outcome;
    }
}
