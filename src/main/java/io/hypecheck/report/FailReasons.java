package io.hypecheck.report;

import io.hypecheck.baseline.Comparison;
import io.hypecheck.baseline.Previous;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.ProjectScore;
import java.util.List;
import java.util.Optional;

/** Applies a {@link FailCondition} to ranked projects, taking their baseline score and verdict from a comparison. */
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

    /** The fail reasons of every project, in the projects' order. */
    public static List<List<String>> decide(FailCondition fail, List<ProjectScore> projects, Optional<Comparison> comparison) {
        return projects.stream().map(p -> of(fail, p, comparison)).toList();
    }
}
