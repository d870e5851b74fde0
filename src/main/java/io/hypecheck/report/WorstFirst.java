package io.hypecheck.report;

import io.hypecheck.rubric.Effect;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which outputs with a display limit (GitHub annotations, code scanning) list
 * projects and findings, so what gets cut is what matters least: the projects that fail the run
 * first, then the others from the lowest score up; within a project, hype findings by points,
 * most first.
 */
final class WorstFirst {

    private WorstFirst() {
    }

    /** The report's projects, the failing ones first, each group from the bottom of the ranking up. */
    static List<ProjectScore> projects(Report report) {
        return order(report).stream().map(report.projects()::get).toList();
    }

    /** The ranks (0-based) of the report's projects, the failing ones first, each group from the bottom up. */
    static List<Integer> order(Report report) {
        List<Integer> failing = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = report.projects().size() - 1; i >= 0; i--) {
            (report.failReasons(i).isEmpty() ? others : failing).add(i);
        }
        failing.addAll(others);
        return failing;
    }

    /** A project's hype findings, most points first (ties in rubric order). */
    static List<Finding> hype(List<Finding> findings) {
        return findings.stream().filter(f -> f.effect() == Effect.HYPE)
                .sorted(Comparator.comparingInt(Finding::points).reversed()).toList();
    }
}
