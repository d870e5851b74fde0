package io.hypecheck.rubric;

import java.util.List;

/**
 * When a project belongs to a rubric's trend, and how strongly: the strength is the sum of the
 * weights of the signals that hold, at most 1; the project belongs when it reaches
 * {@code minStrength}. A rubric that matches {@code always} applies to every project.
 *
 * @param always      whether every project belongs
 * @param minStrength the strength needed to belong, above 0 and at most 1
 * @param signals     the signals
 */
public record Match(boolean always, double minStrength, List<Signal> signals) {

    /** The default strength needed to belong. */
    public static final double DEFAULT_MIN_STRENGTH = 0.5;

    public Match {
        signals = List.copyOf(signals);
        if (!always && signals.isEmpty()) {
            throw new IllegalArgumentException("a match needs signals unless it is 'always'");
        }
        if (!(minStrength > 0 && minStrength <= 1)) {
            throw new IllegalArgumentException("min_strength must be above 0 and at most 1");
        }
    }

    /**
     * The match as a condition: true when a signal holds, with the evidence of every signal that
     * does (so a rule can fire on exactly what put the project in the trend, {@code when: match}).
     */
    public io.hypecheck.api.Condition asCondition() {
        return facts -> io.hypecheck.api.Outcome.anyOf(signals.stream().map(s -> s.when().evaluate(facts)).toList());
    }

    /** A match every project meets, with strength 1. */
    public static Match everyProject() {
        return new Match(true, 1, List.of());
    }
}
