package io.hypecheck.score;

import io.hypecheck.api.Evidence;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import java.util.List;
import java.util.Objects;

/**
 * A rule that fired on a project: what it adds, why, and on what evidence.
 *
 * @param rule     the rule id
 * @param rubric   the rubric id
 * @param effect   hype or substance
 * @param points   the points it adds
 * @param message  the rule's title
 * @param why      the article point it encodes, paraphrased
 * @param cites    the article section of its rubric
 * @param evidence the facts it fired on
 * @param kind     what kind of fact it rests on
 * @param weight   how much of its points count, from the quality of its evidence: 1, or less for
 *                 substance resting only on self-reported (0.5) or disputed (0.25) facts; 0 for a
 *                 hype finding whose demand another, larger one already counts ({@link #counted()
 *                 counted once})
 */
public record Finding(String rule, String rubric, Effect effect, int points, String message, String why,
                      Citation cites, List<Evidence> evidence, Kind kind, double weight) {

    /** A finding whose points count in full. */
    public Finding(String rule, String rubric, Effect effect, int points, String message, String why,
                   Citation cites, List<Evidence> evidence) {
        this(rule, rubric, effect, points, message, why, cites, evidence, Kind.OTHER, 1.0);
    }

    /** The points it adds after its weight. */
    public double counted() {
        return points * weight;
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(cites, "cites");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(kind, "kind");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be between 0 and 1");
        }
    }

    /** The same finding, counted with another weight. */
    public Finding withWeight(double newWeight) {
        return new Finding(rule, rubric, effect, points, message, why, cites, evidence, kind, newWeight);
    }

    /** The finding of a rule that fired, with its evidence once each. */
    public static Finding of(io.hypecheck.engine.RuleResult result) {
        List<Evidence> evidence = result.evidence().stream().distinct().toList();
        return new Finding(result.rule().id(), result.rubric().id(), result.rule().effect(), result.rule().points(),
                result.rule().title(), result.rule().why(), result.rubric().cites(), evidence, result.rule().kind(),
                Quality.weight(result.rule().effect(), evidence));
    }
}
