package io.hypecheck.score;

import io.hypecheck.api.Evidence;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
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
 */
public record Finding(String rule, String rubric, Effect effect, int points, String message, String why,
                      Citation cites, List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(cites, "cites");
        evidence = List.copyOf(evidence);
    }

    /** The finding of a rule that fired, with its evidence once each. */
    public static Finding of(io.hypecheck.engine.RuleResult result) {
        return new Finding(result.rule().id(), result.rubric().id(), result.rule().effect(), result.rule().points(),
                result.rule().title(), result.rule().why(), result.rubric().cites(),
                result.evidence().stream().distinct().toList());
    }
}
