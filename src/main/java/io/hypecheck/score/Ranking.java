package io.hypecheck.score;

import java.util.Comparator;
import java.util.List;

/** Ranks projects as SPEC §3 says: score, highest first; ties by name, then file. */
public final class Ranking {

    /** The ranking order. */
    public static final Comparator<ProjectScore> ORDER = RankBy.SCORE.order();

    private Ranking() {
    }

    /** The scores in rank order; a project's rank is its index plus one. */
    public static List<ProjectScore> rank(List<ProjectScore> scores) {
        return rank(scores, RankBy.SCORE);
    }

    /** The scores in the order of a ranking key. */
    public static List<ProjectScore> rank(List<ProjectScore> scores, RankBy by) {
        return scores.stream().sorted(by.order()).toList();
    }
}
