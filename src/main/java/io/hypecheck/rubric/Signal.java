package io.hypecheck.rubric;

import io.hypecheck.api.Condition;
import java.util.Objects;

/**
 * One sign that a project belongs to a trend.
 *
 * @param weight how much it adds to the trend's strength, above 0 and at most 1
 * @param when   the condition
 */
public record Signal(double weight, Condition when) {

    public Signal {
        Objects.requireNonNull(when, "when");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be above 0 and at most 1");
        }
    }
}
