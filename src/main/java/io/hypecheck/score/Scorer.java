package io.hypecheck.score;

import io.hypecheck.api.Truth;
import io.hypecheck.claims.ClaimCheck;
import io.hypecheck.engine.Evaluation;
import io.hypecheck.engine.RuleResult;
import io.hypecheck.engine.TrendResult;
import io.hypecheck.project.Project;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import io.hypecheck.rubric.Rule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns rule results into the scores of SPEC §3. The arithmetic, which the README repeats so a
 * user can recompute a score by hand:
 * <ul>
 *   <li>{@code hype}: the points of the hype rules that fired, summed and capped at 100, the
 *       findings of missing demand counted once, at the largest ({@link DemandOnce});
 *       {@code substance}: the points of the substance rules that fired, each times its weight (1,
 *       or 0.5 when it rests only on self-reported facts, 0.25 only on disputed ones), summed,
 *       rounded half up and capped at 100;</li>
 *   <li>{@code score} = round(50 + (substance − hype) / 2), half up; {@code score_low} and
 *       {@code score_high} the same with every undecided hype, or substance, rule counted in full;</li>
 *   <li>{@code verdict} by {@link Verdicts}, which asks for support from several kinds of fact;</li>
 *   <li>{@code confidence} by {@link Confidence}; {@code coverage} is the share of rules decided.</li>
 * </ul>
 */
public final class Scorer {

    private final LocalDate today;

    public Scorer(LocalDate today) {
        this.today = today;
    }

    /** Scores one evaluated project. */
    public ProjectScore score(Evaluation evaluation) {
        List<Finding> findings = DemandOnce.apply(evaluation.results().stream().filter(RuleResult::fired).map(Finding::of).toList());
        List<RuleResult> unknown = evaluation.results().stream().filter(r -> r.truth() == Truth.UNKNOWN).toList();
        return build(evaluation.project(), trends(evaluation), findings, List.of(), evaluation.results().size(),
                unknown, evaluation.claims());
    }

    private ProjectScore build(Project project, List<TrendScore> trends, List<Finding> findings, List<Suppression> suppressed,
                               int checked, List<RuleResult> unknownResults, List<ClaimCheck> claims) {
        List<Rule> unknown = unknownResults.stream().map(RuleResult::rule).toList();
        int hype = hype(findings, 0);
        int substance = substance(findings, 0);
        int score = score(substance, hype);
        double coverage = checked == 0 ? 0 : Math.round((checked - unknown.size()) * 1000.0 / checked) / 1000.0;
        List<Kind> substanceKinds = kinds(findings, Effect.SUBSTANCE);
        List<Kind> hypeKinds = kinds(findings, Effect.HYPE);
        Verdict verdict = Verdicts.decide(score, coverage, findings.isEmpty(), substanceKinds, hypeKinds);
        int undecidedHype = unknown.stream().filter(r -> r.effect() == Effect.HYPE).mapToInt(Rule::points).sum();
        int undecidedSubstance = unknown.stream().filter(r -> r.effect() == Effect.SUBSTANCE).mapToInt(Rule::points).sum();
        int low = score(substance, hype(findings, undecidedHype));
        int high = score(substance(findings, undecidedSubstance), hype);
        double confidence = Confidence.of(verdict, score, low, high, coverage, checked - unknown.size(), findings, freshness(project), sourcing(project));
        Judgment judgment = new Judgment(low, high, coverage, substanceKinds, hypeKinds, NextFacts.of(findings, unknown), claims);
        List<Finding> undecided = unknownResults.stream().map(Finding::of).toList();
        return new ProjectScore(project, verdict, score, hype, substance, confidence, trends, findings, suppressed, checked,
                unknown.size(), undecided, judgment);
    }

    private static int score(int substance, int hype) {
        return (int) Math.floor(50 + (substance - hype) / 2.0 + 0.5);
    }

    private static int hype(List<Finding> findings, int extra) {
        return (int) Math.min(100, findings.stream().filter(f -> f.effect() == Effect.HYPE).mapToDouble(Finding::counted).sum() + extra);
    }

    private static int substance(List<Finding> findings, int extra) {
        double sum = findings.stream().filter(f -> f.effect() == Effect.SUBSTANCE).mapToDouble(Finding::counted).sum();
        return (int) Math.min(100, Math.floor(sum + extra + 0.5));
    }

    /**
     * The kinds of the strong findings on one side that count as support, in kind order: each
     * declared kind once, then {@code other} once per finding that declares none.
     */
    private static List<Kind> kinds(List<Finding> findings, Effect effect) {
        List<Kind> declared = findings.stream().filter(f -> f.effect() == effect && Quality.strong(f)).map(Finding::kind)
                .filter(k -> !Verdicts.NOT_SUPPORT.contains(k)).toList();
        List<Kind> out = new ArrayList<>(declared.stream().filter(k -> k != Kind.OTHER).distinct().sorted().toList());
        declared.stream().filter(k -> k == Kind.OTHER).forEach(out::add);
        return List.copyOf(out);
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(100, score));
    }

    private double freshness(Project project) {
        return project.asOf().map(asOf -> ChronoUnit.MONTHS.between(asOf, today) >= 12 ? 0.7 : 1.0).orElse(0.85);
    }

    private static double sourcing(Project project) {
        return project.fields().fields().containsKey("sources") ? 1.0 : 0.85;
    }

    /**
     * The trends a project belongs to, strongest first; equal strengths go to the most specific
     * signal, then to the trend the file declares first in its tags, then to the larger uncapped
     * sum, then by id.
     */
    private static List<TrendScore> trends(Evaluation evaluation) {
        // the declared tags as written, read from the loaded file (a facts view would read the prose again)
        List<String> tags = evaluation.project().fields().fields().get("tags") instanceof io.hypecheck.project.Value.Items items
                ? items.items().stream().filter(v -> v instanceof io.hypecheck.project.Value.Scalar)
                        .map(v -> io.hypecheck.text.Fold.fold(((io.hypecheck.project.Value.Scalar) v).value().toString().strip())).toList()
                : List.of();
        return evaluation.trends().stream().filter(TrendResult::member)
                .sorted(Comparator.comparingDouble(TrendResult::strength).reversed()
                        .thenComparing(Comparator.comparingDouble(TrendResult::weight).reversed())
                        .thenComparingInt(t -> tags.contains(t.rubric().id()) ? tags.indexOf(t.rubric().id()) : Integer.MAX_VALUE)
                        .thenComparing(Comparator.comparingDouble(TrendResult::sum).reversed())
                        .thenComparing(t -> t.rubric().id()))
                .map(t -> new TrendScore(t.rubric().id(), t.rubric().stance(), t.strength(),
                        t.evidence().stream().distinct().toList()))
                .toList();
    }
}
