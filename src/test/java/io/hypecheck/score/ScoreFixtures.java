package io.hypecheck.score;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.api.Provenance;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import io.hypecheck.engine.Evaluation;
import io.hypecheck.engine.RuleResult;
import io.hypecheck.engine.TrendResult;
import io.hypecheck.project.Project;
import io.hypecheck.project.ProjectLoader;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import io.hypecheck.rubric.Match;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Rule;
import io.hypecheck.rubric.Signal;
import io.hypecheck.rubric.Stance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds evaluations by hand for scoring tests. */
final class ScoreFixtures {

    static final Citation CITES = new Citation("Estruturas ZK-AI", "ZK-AI frameworks", "", "");
    private static final Condition ANY = facts -> Outcome.unknown();

    private ScoreFixtures() {
    }

    static Project project(String yaml) {
        return ProjectLoader.load("p.yaml", yaml.getBytes(StandardCharsets.UTF_8)).project().orElseThrow();
    }

    static Rubric rubric(String id, Stance stance) {
        Match match = stance == Stance.CROSS_CUTTING ? Match.everyProject() : new Match(false, 0.5, List.of(new Signal(1, ANY)));
        return new Rubric(id, id, stance, CITES, match, List.of(), List.of(), id + ".yaml");
    }

    static RuleResult result(Rubric rubric, String rule, Effect effect, int points, Truth truth) {
        return result(rubric, rule, effect, points, truth, Kind.OTHER);
    }

    /** A result of a rule of the given kind, with one piece of evidence of unstated provenance when it fired. */
    static RuleResult result(Rubric rubric, String rule, Effect effect, int points, Truth truth, Kind kind) {
        return result(rubric, rule, effect, points, truth, kind, Provenance.UNSTATED);
    }

    /** A result whose evidence, when it fired, has the given provenance. */
    static RuleResult result(Rubric rubric, String rule, Effect effect, int points, Truth truth, Kind kind,
                             Provenance provenance) {
        List<Evidence> evidence = truth == Truth.TRUE
                ? List.of(new Evidence("traction." + rule, "1", Location.at(1, 1), Basis.FIELD, provenance)) : List.of();
        return new RuleResult(rubric, new Rule(rule, rule + " title", ANY, effect, points, "because", 1,
                "{range: {field: traction.revenue_usd_annual, min: 1}}", kind), truth, evidence);
    }

    /** An evaluation with the given rule results and the trend strengths (id, strength) given in pairs. */
    static Evaluation evaluation(Project project, List<RuleResult> results, Object... trends) {
        List<TrendResult> trendResults = new ArrayList<>();
        for (int i = 0; i < trends.length; i += 2) {
            double strength = (Double) trends[i + 1];
            trendResults.add(new TrendResult(rubric((String) trends[i], Stance.HYPED), Math.min(1, strength), strength,
                    strength >= 0.5, List.of()));
        }
        return new Evaluation(project, trendResults, results);
    }
}
