package io.hypecheck.engine;

import io.hypecheck.project.Project;
import java.util.List;
import java.util.Objects;

/**
 * Everything the rubrics found in one project.
 *
 * @param project the project
 * @param trends  its strength in every trend rubric, in rubric order
 * @param results the results of the rules of every rubric that applies (cross-cutting rubrics and
 *                trends it belongs to), in rubric and rule order
 * @param claims   the claims ledger: each claim against the file's facts
 * @param warnings about the evaluation itself: rules whose regular expressions ran out of budget
 */
public record Evaluation(Project project, List<TrendResult> trends, List<RuleResult> results,
                         List<io.hypecheck.claims.ClaimCheck> claims, List<io.hypecheck.diagnostic.Diagnostic> warnings) {

    /** An evaluation of a project without claims. */
    public Evaluation(Project project, List<TrendResult> trends, List<RuleResult> results) {
        this(project, trends, results, List.of());
    }

    /** An evaluation without warnings. */
    public Evaluation(Project project, List<TrendResult> trends, List<RuleResult> results,
                      List<io.hypecheck.claims.ClaimCheck> claims) {
        this(project, trends, results, claims, List.of());
    }

    public Evaluation {
        Objects.requireNonNull(project, "project");
        trends = List.copyOf(trends);
        results = List.copyOf(results);
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }
}
