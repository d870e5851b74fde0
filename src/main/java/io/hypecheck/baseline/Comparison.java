package io.hypecheck.baseline;

import io.hypecheck.score.ProjectScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed since a baseline report: projects are matched by id; a project without a
 * match is new, a baseline project without a match was removed.
 *
 * @param baseline the projects of the baseline, by id
 */
public record Comparison(Map<String, Previous> baseline) {

    public Comparison {
        baseline = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
    }

    /** Builds a comparison from the baseline's projects. */
    public static Comparison of(List<Previous> previous) {
        Map<String, Previous> byId = new LinkedHashMap<>();
        previous.forEach(p -> byId.putIfAbsent(p.id(), p));
        return new Comparison(byId);
    }

    /** How the baseline scored this project, or empty when it is new. */
    public Optional<Previous> before(ProjectScore current) {
        return Optional.ofNullable(baseline.get(current.project().id()));
    }

    /** The score change since the baseline, or empty for a new project. */
    public Optional<Integer> delta(ProjectScore current) {
        return before(current).map(p -> current.score() - p.score());
    }

    /**
     * Whether the verdict got worse (substance → mixed → hype). Unknown on either side is no
     * change: from unknown, any verdict is the first real one, not a regression.
     */
    public boolean verdictWorse(ProjectScore current) {
        return before(current).filter(p -> p.verdict() != io.hypecheck.score.Verdict.UNKNOWN
                        && current.verdict() != io.hypecheck.score.Verdict.UNKNOWN)
                .map(p -> rank(current.verdict()) > rank(p.verdict())).orElse(false);
    }

    private static int rank(io.hypecheck.score.Verdict verdict) {
        return switch (verdict) {
            case SUBSTANCE -> 0;
            case MIXED -> 1;
            case HYPE -> 2;
            case UNKNOWN -> -1;
        };
    }

    /** The baseline projects that are no longer scored, in baseline order. */
    public List<Previous> removed(List<ProjectScore> current) {
        Set<String> ids = current.stream().map(s -> s.project().id()).collect(Collectors.toSet());
        return baseline.values().stream().filter(p -> !ids.contains(p.id())).toList();
    }
}
