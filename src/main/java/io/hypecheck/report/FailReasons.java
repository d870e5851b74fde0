package io.hypecheck.report;

import io.hypecheck.score.FailCondition;
import io.hypecheck.score.ProjectScore;
import java.util.List;
import java.util.Optional;

/** Applies a {@link FailCondition} to a ranked project, taking its baseline score and verdict from a comparison. */
public final class FailReasons {

    private FailReasons() {
    }

    /**
     * Why this project fails the run, in the words of the CLI's {@code fail:} lines; empty when it
     * does not. A baseline verdict of unknown was no judgment, so nothing after it is a regression.
     */
    public static List<String> of(FailCondition fail, ProjectScore score, Optional<Comparison> comparison) {
        Optional<Integer> before = comparison.flatMap(c -> c.before(score))
                .filter(p -> p.verdict() != io.hypecheck.score.Verdict.UNKNOWN).map(Previous::score);
        boolean worse = comparison.map(c -> c.verdictWorse(score)).orElse(false);
        return fail.reasons(score, before, worse);
    }
}
