package io.hypecheck.score;

import static io.hypecheck.score.ScoreFixtures.evaluation;
import static io.hypecheck.score.ScoreFixtures.project;
import static io.hypecheck.score.ScoreFixtures.result;
import static io.hypecheck.score.ScoreFixtures.rubric;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Truth;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.engine.Evaluation;
import io.hypecheck.project.Project;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Stance;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExemptionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Rubric CHECK = rubric("reality-check", Stance.CROSS_CUTTING);
    private static final Set<String> RULES = Set.of("rc-hype-multiple", "rc-live");
    private final Scorer scorer = new Scorer(TODAY);

    private static Evaluation evaluated(Project project) {
        return evaluation(project, List.of(result(CHECK, "rc-hype-multiple", Effect.HYPE, 30, Truth.TRUE),
                result(CHECK, "rc-live", Effect.SUBSTANCE, 10, Truth.TRUE), result(CHECK, "rc-other", Effect.HYPE, 5, Truth.UNKNOWN)));
    }

    @Test
    void anActiveExemptionTakesTheRuleOutBeforeTheProjectIsScoredOnce() {
        // given
        Project project = project("""
                name: P
                exemptions:
                  - rule: rc-hype-multiple
                    reason: cap is locked treasury
                    until: 2027-01-01
                """);

        // when
        Exemptions.Applied applied = Exemptions.apply(evaluated(project), Exemptions.of(project), RULES, TODAY);
        ProjectScore score = applied.score(scorer);

        // then
        assertThat(applied.warnings()).isEmpty();
        assertThat(applied.evaluation().results()).extracting(r -> r.rule().id()).containsExactly("rc-live", "rc-other");
        assertThat(score.hype()).isZero();
        assertThat(score.score()).isEqualTo(55);
        assertThat(score.rulesChecked()).isEqualTo(2);
        assertThat(score.findings()).extracting(Finding::rule).containsExactly("rc-live");
        assertThat(score.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("cap is locked treasury");
            assertThat(s.finding().rule()).isEqualTo("rc-hype-multiple");
            assertThat(s.finding().points()).isEqualTo(30);
        });
    }

    @Test
    void anExpiredExemptionWarnsAndCountsTheRuleAgain() {
        // given
        Project project = project("name: P\nexemptions: [{rule: rc-hype-multiple, reason: old, until: 2026-01-01}]\n");

        // when
        Exemptions.Applied applied = Exemptions.apply(evaluated(project), Exemptions.of(project), RULES, TODAY);

        // then
        assertThat(applied.score(scorer).hype()).isEqualTo(30);
        assertThat(applied.suppressed()).isEmpty();
        assertThat(applied.warnings()).extracting(Diagnostic::format)
                .containsExactly("p.yaml:2:14: exemption for rule rc-hype-multiple expired on 2026-01-01; the rule counts again");
    }

    @Test
    void anUnusedOrMisspeltExemptionWarns() {
        // given
        Project project = project("""
                name: P
                exemptions:
                  - {rule: rc-hype-multipel, reason: typo}
                  - {rule: rc-live, reason: fine}
                """);
        Evaluation withoutLive = evaluation(project, List.of(result(CHECK, "rc-live", Effect.SUBSTANCE, 10, Truth.FALSE)));

        // when
        Exemptions.Applied applied = Exemptions.apply(withoutLive, Exemptions.of(project), RULES, TODAY);

        // then
        assertThat(applied.warnings()).extracting(Diagnostic::message).containsExactly(
                "exemption names unknown rule 'rc-hype-multipel' (did you mean 'rc-hype-multiple'?)",
                "unused exemption: rule rc-live did not fire for p");
        assertThat(applied.evaluation()).isSameAs(withoutLive);
    }

    @Test
    void aSecondExemptionForTheSameRuleIsUnused() {
        // given
        Project project = project("""
                name: P
                exemptions:
                  - {rule: rc-live, reason: first}
                  - {rule: rc-live, reason: second}
                """);

        // when
        Exemptions.Applied applied = Exemptions.apply(evaluated(project), Exemptions.of(project), RULES, TODAY);

        // then
        assertThat(applied.suppressed()).extracting(Suppression::reason).containsExactly("first");
        assertThat(applied.warnings()).extracting(Diagnostic::message)
                .containsExactly("unused exemption: rule rc-live did not fire for p");
    }

    @Test
    void anExemptionHoldsThroughItsLastDayAndExpiresTheDayAfter() {
        // given: until is today
        Project project = project("name: P\nexemptions: [{rule: rc-hype-multiple, reason: r, until: 2026-11-24}]\n");

        // when
        Exemptions.Applied lastDay = Exemptions.apply(evaluated(project), Exemptions.of(project), RULES, TODAY);
        Exemptions.Applied dayAfter = Exemptions.apply(evaluated(project), Exemptions.of(project), RULES, TODAY.plusDays(1));

        // then
        Scorer scorer = new Scorer(TODAY);
        assertThat(lastDay.score(scorer).hype()).isZero();
        assertThat(lastDay.warnings()).isEmpty();
        assertThat(dayAfter.score(scorer).hype()).isEqualTo(30);
        assertThat(dayAfter.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("expired on 2026-11-24"));
    }
}
