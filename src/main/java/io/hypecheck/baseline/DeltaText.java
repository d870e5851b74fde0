package io.hypecheck.baseline;

import io.hypecheck.score.ProjectScore;

/** The score change since the baseline as a short cell: {@code +5}, {@code -12}, {@code 0}, or {@code new}. */
public final class DeltaText {

    /** The column heading. */
    public static final String HEADER = "Δ";

    private DeltaText() {
    }

    /** The cell of one project. */
    public static String of(Comparison comparison, ProjectScore score) {
        return comparison.delta(score).map(d -> d > 0 ? "+" + d : String.valueOf(d)).orElse("new");
    }

    /** One line on what the baseline adds: new and removed projects, verdict changes. */
    public static String summary(Comparison comparison, java.util.List<ProjectScore> projects) {
        long added = projects.stream().filter(p -> comparison.before(p).isEmpty()).count();
        long changed = projects.stream()
                .filter(p -> comparison.before(p).map(b -> b.verdict() != p.verdict()).orElse(false)).count();
        java.util.List<Previous> removed = comparison.removed(projects);
        String text = "since the baseline: " + added + " new, " + changed + (changed == 1 ? " verdict" : " verdicts")
                + " changed, " + removed.size() + " removed";
        return removed.isEmpty() ? text
                : text + " (" + String.join(", ", removed.stream().map(p -> p.name() + " " + p.file()).toList()) + ")";
    }
}
