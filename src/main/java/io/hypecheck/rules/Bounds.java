package io.hypecheck.rules;

import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Params;
import java.math.BigDecimal;
import java.util.Optional;

/** An inclusive numeric interval read from {@code min} and {@code max}; at least one is required. */
record Bounds(Optional<BigDecimal> min, Optional<BigDecimal> max) {

    static Bounds of(Params params) {
        Bounds bounds = new Bounds(params.number("min"), params.number("max"));
        if (bounds.min.isEmpty() && bounds.max.isEmpty()) {
            throw new InvalidRuleException("needs min or max");
        }
        if (bounds.min.isPresent() && bounds.max.isPresent() && bounds.min.get().compareTo(bounds.max.get()) > 0) {
            throw new InvalidRuleException("min must not exceed max");
        }
        return bounds;
    }

    boolean contains(BigDecimal value) {
        return min.map(m -> value.compareTo(m) >= 0).orElse(true) && max.map(m -> value.compareTo(m) <= 0).orElse(true);
    }

    /** For an infinite value (x/0): above any minimum, beyond any maximum. */
    boolean containsInfinity() {
        return max.isEmpty();
    }
}
