package io.hypecheck.engine;

import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.SelfTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the test cases rubrics carry. A case is evaluated as scoring would: the rubric's rules
 * apply only when the project belongs to its trend.
 */
public final class SelfTests {

    private SelfTests() {
    }

    /** Runs every case of every rubric, in order. */
    public static List<SelfTestResult> run(List<Rubric> rubrics, LocalDate today) {
        List<SelfTestResult> results = new ArrayList<>();
        for (Rubric rubric : rubrics) {
            for (SelfTest test : rubric.tests()) {
                results.add(run(rubric, test, today));
            }
        }
        return results;
    }

    /** Runs one case of a rubric. */
    public static SelfTestResult run(Rubric rubric, SelfTest test, LocalDate today) {
        Evaluation evaluation = new Evaluator(List.of(rubric), today).evaluate(test.project());
        List<String> failures = new ArrayList<>();
        boolean member = rubric.match().always() || evaluation.trends().stream().anyMatch(TrendResult::member);
        double strength = evaluation.trends().stream().mapToDouble(TrendResult::strength).max().orElse(1);
        test.matches().filter(expected -> expected != member).ifPresent(expected -> failures.add(
                (expected ? "expected to match the trend, but strength is " : "expected not to match the trend, but strength is ")
                        + strength));
        Set<String> fired = evaluation.results().stream().filter(RuleResult::fired)
                .map(r -> r.rule().id()).collect(Collectors.toSet());
        for (String rule : test.fires()) {
            if (!fired.contains(rule)) {
                failures.add("expected " + rule + " to fire, but it " + why(evaluation, rule, member));
            }
        }
        for (String rule : test.doesNotFire()) {
            if (fired.contains(rule)) {
                failures.add("expected " + rule + " not to fire, but it fired");
            }
        }
        return new SelfTestResult(rubric, test, failures);
    }

    private static String why(Evaluation evaluation, String rule, boolean member) {
        if (!member) {
            return "was not evaluated: the project does not match the trend";
        }
        return evaluation.results().stream().filter(r -> r.rule().id().equals(rule)).findFirst()
                .map(r -> "evaluated to " + r.truth().name().toLowerCase(java.util.Locale.ROOT))
                .orElse("was not evaluated");
    }
}
