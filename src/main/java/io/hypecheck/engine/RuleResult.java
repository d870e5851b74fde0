package io.hypecheck.engine;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Truth;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Rule;
import java.util.List;
import java.util.Objects;

/**
 * How one rule evaluated on one project.
 *
 * @param rubric   the rubric it belongs to
 * @param rule     the rule
 * @param truth    fired (true), did not (false), or could not tell (unknown)
 * @param evidence what made it fire
 */
public record RuleResult(Rubric rubric, Rule rule, Truth truth, List<Evidence> evidence) {

    public RuleResult {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(truth, "truth");
        evidence = List.copyOf(evidence);
    }

    /** Whether the rule fired. */
    public boolean fired() {
        return truth == Truth.TRUE;
    }
}
