package io.hypecheck.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fail condition a user sets for CI (exit 1): a verdict and every worse one, a minimum
 * score, or a regression against a baseline (a score drop of N points or more, or a worse
 * verdict).
 *
 * @param failOn        fail on this verdict or worse ({@code hype}, or {@code mixed} meaning mixed or hype)
 * @param minScore      fail below this score
 * @param maxRegression fail on a score drop of this many points or more, or a worse verdict
 */
public record FailCondition(Optional<Verdict> failOn, Optional<Integer> minScore, Optional<Integer> maxRegression) {

    public FailCondition {
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(minScore, "minScore");
        Objects.requireNonNull(maxRegression, "maxRegression");
        failOn.filter(v -> v != Verdict.HYPE && v != Verdict.MIXED).ifPresent(v -> {
            throw new IllegalArgumentException("fail on hype or mixed, not " + v.id());
        });
    }

    /** No fail condition. */
    public static FailCondition none() {
        return new FailCondition(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Why this project fails the run; empty when it does not.
     *
     * @param score        the project's score
     * @param baseScore    its score in the baseline, if it was there
     * @param worseVerdict whether its verdict is worse than in the baseline
     */
    public List<String> reasons(ProjectScore score, Optional<Integer> baseScore, boolean worseVerdict) {
        List<String> reasons = new ArrayList<>();
        failOn.filter(v -> score.verdict() == Verdict.HYPE || (v == Verdict.MIXED && score.verdict() == Verdict.MIXED))
                .ifPresent(v -> reasons.add("verdict " + score.verdict().id() + " (--fail-on " + v.id() + ")"));
        minScore.filter(min -> score.score() < min)
                .ifPresent(min -> reasons.add("score " + score.score() + " is below --min-score " + min));
        if (maxRegression.isPresent() && baseScore.isPresent()) {
            int drop = baseScore.get() - score.score();
            if (drop >= maxRegression.get()) {
                reasons.add("score fell " + drop + " points since the baseline (--fail-on-regression " + maxRegression.get() + ")");
            }
            if (worseVerdict) {
                reasons.add("verdict worsened to " + score.verdict().id() + " since the baseline");
            }
        }
        return reasons;
    }

}
