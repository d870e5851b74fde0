package io.hypecheck.engine;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Outcome;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.project.Project;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Rule;
import io.hypecheck.rubric.Signal;
import io.hypecheck.rules.RegexBudget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates rubrics over projects: trend membership first, then the rules of every rubric that
 * applies. Substance rules see the project without its claims ({@link WithoutClaims}).
 */
public final class Evaluator {

    private final List<Rubric> rubrics;
    private final LocalDate today;

    public Evaluator(List<Rubric> rubrics, LocalDate today) {
        this.rubrics = List.copyOf(rubrics);
        this.today = today;
    }

    /**
     * Evaluates one project.
     *
     * @throws HypecheckException with exit code 4 when a rule type throws, naming the rule type,
     *                            its origin, the rule and the file
     */
    public Evaluation evaluate(Project project) {
        Facts facts = project.facts(today);
        Facts substanceFacts = new WithoutClaims(facts);
        List<TrendResult> trends = new ArrayList<>();
        List<RuleResult> results = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Rubric rubric : rubrics) {
            boolean applies = rubric.match().always();
            if (rubric.isTrend()) {
                TrendResult trend = budgeted(rubric, null, project, () -> trend(rubric, facts), t -> t, warnings);
                trends.add(trend);
                applies = applies || trend.member();
            }
            if (applies) {
                for (Rule rule : rubric.rules()) {
                    Facts seen = rule.effect() == io.hypecheck.rubric.Effect.SUBSTANCE ? substanceFacts : facts;
                    Outcome outcome = budgeted(rubric, rule, project, () -> rule.when().evaluate(seen),
                            o -> Outcome.unknown(), warnings);
                    results.add(new RuleResult(rubric, rule, outcome.truth(), outcome.evidence()));
                }
            }
        }
        return new Evaluation(project, trends, results, io.hypecheck.claims.ClaimsLedger.of(facts), warnings);
    }

    /**
     * A trend's strength: the weights of the signals that hold, summed and capped at 1; the project
     * belongs when the strength reaches the rubric's minimum and at least one specific signal holds.
     */
    static TrendResult trend(Rubric rubric, Facts facts) {
        if (rubric.match().always()) {
            return new TrendResult(rubric, 1, 1, true, List.of());
        }
        double strength = 0;
        double specific = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (Signal signal : rubric.match().signals()) {
            Outcome outcome = signal.when().evaluate(facts);
            if (outcome.isTrue()) {
                strength += signal.weight();
                specific = signal.specific() ? Math.max(specific, signal.weight()) : specific;
                evidence.addAll(outcome.evidence());
            }
        }
        double sum = Math.round(strength * 100) / 100.0;
        double capped = Math.min(1, sum);
        boolean member = capped >= rubric.match().minStrength() && specific > 0;
        return new TrendResult(rubric, capped, specific, sum, member, evidence);
    }

    /**
     * {@link #guarded}, with a regex budget of its own ({@link RegexBudget}); running out is a
     * warning naming the rule (or match), and its result is what {@code exhausted} makes of it.
     */
    private static <T> T budgeted(Rubric rubric, Rule rule, Project project, java.util.function.Supplier<T> work,
                                  java.util.function.UnaryOperator<T> exhausted, List<Diagnostic> warnings) {
        RegexBudget.Spent<T> spent = RegexBudget.run(() -> guarded(rubric, rule, project, work));
        if (!spent.exhausted()) {
            return spent.value();
        }
        String what = rule == null ? "the match of rubric " + rubric.id() : "rule " + rule.id() + " of rubric " + rubric.id();
        warnings.add(Diagnostic.warning(project.file(), 0, 0, what + ": its regular expressions would scan more than "
                + RegexBudget.MAX_CHARACTERS + " characters of this file (their work limit); "
                + (rule == null ? "the signals past it do not count" : "the rule is unknown for this file")));
        return exhausted.apply(spent.value());
    }

    private static <T> T guarded(Rubric rubric, Rule rule, Project project, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuleTypeFailure e) {
            String where = rule == null ? "the match of rubric " + rubric.id() : "rule " + rule.id() + " of rubric " + rubric.id();
            throw new HypecheckException(ExitCode.INTERNAL, "rule type '" + e.typeName() + "' (" + e.origin()
                    + ") crashed on " + where + " for " + project.file() + ": " + e.getCause(), e);
        }
    }
}
