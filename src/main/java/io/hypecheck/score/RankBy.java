package io.hypecheck.score;

import java.util.Comparator;
import java.util.Locale;

/**
 * What the ranking sorts on (extension, {@code --rank-by}): the score (SPEC §3, the default), or
 * the low end of the score range, so that a project whose score rests on undecided rules stops
 * outranking one whose facts are all on the table. Ties as SPEC §3: by name, then file.
 */
public enum RankBy {
    /** The score, highest first. */
    SCORE(Comparator.comparingInt(ProjectScore::score).reversed()),
    /** The score if every undecided rule went against the project, highest first; then the score. */
    LOW(Comparator.comparingInt((ProjectScore s) -> s.judgment().scoreLow()).reversed()
            .thenComparing(Comparator.comparingInt(ProjectScore::score).reversed()));

    private final Comparator<ProjectScore> order;

    RankBy(Comparator<ProjectScore> order) {
        this.order = order;
    }

    /** The ranking order: this key, then name (case-insensitive, then exact), then file. */
    public Comparator<ProjectScore> order() {
        return order.thenComparing(s -> s.project().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.project().name())
                .thenComparing(s -> s.project().file());
    }

    /** The id on the command line: {@code score} or {@code low}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
