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
 */
public record Evaluation(Project project, List<TrendResult> trends, List<RuleResult> results) {

    public Evaluation {
        Objects.requireNonNull(project, "project");
        trends = List.copyOf(trends);
        results = List.copyOf(results);
    }
}
