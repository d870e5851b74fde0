package io.hypecheck.engine;

import io.hypecheck.api.Evidence;
import io.hypecheck.rubric.Rubric;
import java.util.List;
import java.util.Objects;

/**
 * How strongly a project belongs to one rubric's trend.
 *
 * @param rubric   the rubric
 * @param strength the sum of the weights of the signals that hold, at most 1
 * @param weight   the weight of the strongest specific signal that holds, which orders trends of equal
 *                 strength (the most specific evidence first)
 * @param sum      the weights of the signals that hold, before the cap (the last tie-break)
 * @param member   whether the strength reaches the rubric's minimum
 * @param evidence what the signals that hold point at
 */
public record TrendResult(Rubric rubric, double strength, double weight, double sum, boolean member,
                          List<Evidence> evidence) {

    /** A result whose uncapped sum is its weight. */
    public TrendResult(Rubric rubric, double strength, double weight, boolean member, List<Evidence> evidence) {
        this(rubric, strength, weight, weight, member, evidence);
    }

    public TrendResult {
        Objects.requireNonNull(rubric, "rubric");
        evidence = List.copyOf(evidence);
    }
}
