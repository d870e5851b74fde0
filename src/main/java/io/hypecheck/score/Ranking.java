package io.hypecheck.score;

import java.util.Comparator;
import java.util.List;

/** Ranks projects as SPEC §3 says: score, highest first; ties by name, then file. */
public final class Ranking {

    /** The ranking order. */
    public static final Comparator<ProjectScore> ORDER = Comparator.comparingInt(ProjectScore::score).reversed()
            .thenComparing(s -> s.project().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(s -> s.project().name())
            .thenComparing(s -> s.project().file());

    private Ranking() {
    }

    /** The scores in rank order; a project's rank is its index plus one. */
    public static List<ProjectScore> rank(List<ProjectScore> scores) {
        return scores.stream().sorted(ORDER).toList();
    }
}
