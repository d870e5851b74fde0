package io.hypecheck.score;

import io.hypecheck.api.Truth;
import io.hypecheck.engine.Evaluation;
import io.hypecheck.engine.RuleResult;
import io.hypecheck.engine.TrendResult;
import io.hypecheck.rubric.Effect;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Turns rule results into the scores of SPEC §3. The arithmetic, which the README repeats so a
 * user can recompute a score by hand:
 * <ul>
 *   <li>{@code hype} and {@code substance}: the points of the rules that fired on each side, summed
 *       and capped at 100;</li>
 *   <li>{@code score} = round(50 + (substance − hype) / 2), half up;</li>
 *   <li>{@code confidence} = (rules decided ÷ rules checked) × freshness × sourcing, to two
 *       decimals: a rule is decided when its facts are present (true or false, not unknown);
 *       freshness is 1 when {@code as_of} is within 12 months of today, 0.7 when older, 0.85 when
 *       absent; sourcing is 1 with {@code sources}, 0.85 without;</li>
 *   <li>{@code verdict}: {@code unknown} when confidence is under 0.2 or no rule fired; else
 *       {@code substance} at a score of 60 or more, {@code hype} at 40 or less, {@code mixed}
 *       between.</li>
 * </ul>
 */
public final class Scorer {

    /** Below this confidence the verdict is unknown. */
    public static final double MIN_CONFIDENCE = 0.2;
    /** At or above this score the verdict is substance. */
    public static final int SUBSTANCE_AT = 60;
    /** At or below this score the verdict is hype. */
    public static final int HYPE_AT = 40;

    private final LocalDate today;

    public Scorer(LocalDate today) {
        this.today = today;
    }

    /** Scores one evaluated project. */
    public ProjectScore score(Evaluation evaluation) {
        List<Finding> findings = evaluation.results().stream().filter(RuleResult::fired).map(Scorer::finding).toList();
        List<Finding> undecided = evaluation.results().stream().filter(r -> r.truth() == Truth.UNKNOWN)
                .map(Scorer::finding).toList();
        int checked = evaluation.results().size();
        int unknown = (int) evaluation.results().stream().filter(r -> r.truth() == Truth.UNKNOWN).count();
        double coverage = checked == 0 ? 0 : (checked - unknown) / (double) checked;
        double confidence = Math.round(coverage * freshness(evaluation) * sourcing(evaluation) * 100) / 100.0;
        return build(evaluation.project(), confidence, trends(evaluation), findings, List.of(), checked, unknown, undecided);
    }

    /** The same project scored again without the suppressed findings (exemptions). */
    public ProjectScore rescore(ProjectScore score, List<Finding> kept, List<Suppression> suppressed) {
        List<Suppression> all = new java.util.ArrayList<>(score.suppressed());
        all.addAll(suppressed);
        return build(score.project(), score.confidence(), score.trends(), kept, all, score.rulesChecked(),
                score.rulesUnknown(), score.undecided());
    }

    private static ProjectScore build(io.hypecheck.project.Project project, double confidence, List<TrendScore> trends,
                                      List<Finding> findings, List<Suppression> suppressed, int checked, int unknown,
                                      List<Finding> undecided) {
        int hype = side(findings, Effect.HYPE);
        int substance = side(findings, Effect.SUBSTANCE);
        int score = (int) Math.floor(50 + (substance - hype) / 2.0 + 0.5);
        return new ProjectScore(project, verdict(score, confidence, findings.isEmpty()), score, hype, substance,
                confidence, trends, findings, suppressed, checked, unknown, undecided);
    }

    private static Finding finding(RuleResult r) {
        return new Finding(r.rule().id(), r.rubric().id(), r.rule().effect(), r.rule().points(), r.rule().title(),
                r.rule().why(), r.rubric().cites(), r.evidence().stream().distinct().toList());
    }

    static Verdict verdict(int score, double confidence, boolean nothingFired) {
        if (confidence < MIN_CONFIDENCE || nothingFired) {
            return Verdict.UNKNOWN;
        }
        if (score >= SUBSTANCE_AT) {
            return Verdict.SUBSTANCE;
        }
        return score <= HYPE_AT ? Verdict.HYPE : Verdict.MIXED;
    }

    private static int side(List<Finding> findings, Effect effect) {
        return Math.min(100, findings.stream().filter(f -> f.effect() == effect).mapToInt(Finding::points).sum());
    }

    private double freshness(Evaluation evaluation) {
        return evaluation.project().asOf()
                .map(asOf -> ChronoUnit.MONTHS.between(asOf, today) >= 12 ? 0.7 : 1.0)
                .orElse(0.85);
    }

    private static double sourcing(Evaluation evaluation) {
        return evaluation.project().fields().fields().containsKey("sources") ? 1.0 : 0.85;
    }

    private static List<TrendScore> trends(Evaluation evaluation) {
        return evaluation.trends().stream().filter(TrendResult::member)
                .sorted(Comparator.comparingDouble(TrendResult::strength).reversed()
                        .thenComparing(Comparator.comparingDouble(TrendResult::weight).reversed())
                        .thenComparing(t -> t.rubric().id()))
                .map(t -> new TrendScore(t.rubric().id(), t.rubric().stance(), t.strength(),
                        t.evidence().stream().distinct().toList()))
                .toList();
    }
}
