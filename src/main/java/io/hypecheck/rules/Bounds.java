package io.hypecheck.rules;

import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Params;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An inclusive numeric interval read from the parameters {@code min} and {@code max}.
 *
 * @param min the lowest value inside, if bounded below
 * @param max the highest value inside, if bounded above
 */
record Bounds(Optional<BigDecimal> min, Optional<BigDecimal> max) {

    Bounds {
        if (min.isEmpty() && max.isEmpty()) {
            throw new InvalidRuleException("needs min or max");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new InvalidRuleException("min must not exceed max");
        }
    }

    static Bounds of(Params params) {
        return new Bounds(params.number("min"), params.number("max"));
    }

    boolean contains(BigDecimal value) {
        return min.map(m -> value.compareTo(m) >= 0).orElse(true) && max.map(m -> value.compareTo(m) <= 0).orElse(true);
    }

    /**
     * For an infinite value (x/0) of the given sign: +∞ is above any minimum and beyond any
     * maximum, -∞ the reverse.
     */
    boolean containsInfinity(int sign) {
        return sign > 0 ? max.isEmpty() : min.isEmpty();
    }
}
