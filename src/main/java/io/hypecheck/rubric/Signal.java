package io.hypecheck.rubric;

import io.hypecheck.api.Condition;
import java.util.Objects;

/**
 * One sign that a project belongs to a trend.
 *
 * @param weight   how much it adds to the trend's strength, above 0 and at most 1
 * @param when     the condition
 * @param specific whether it can admit a project to the trend: a project belongs only when at
 *                 least one specific signal holds, so generic words ("GPU", "agents", "training")
 *                 add strength but never admit alone
 */
public record Signal(double weight, Condition when, boolean specific) {

    /** Weights from this one up make a signal specific unless the rubric says otherwise. */
    public static final double SPECIFIC_WEIGHT = 0.4;

    /** A signal that is specific when its weight is at least {@link #SPECIFIC_WEIGHT}. */
    public Signal(double weight, Condition when) {
        this(weight, when, weight >= SPECIFIC_WEIGHT);
    }

    public Signal {
        Objects.requireNonNull(when, "when");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be above 0 and at most 1");
        }
    }
}
