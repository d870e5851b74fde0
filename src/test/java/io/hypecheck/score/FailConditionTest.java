package io.hypecheck.score;

import static io.hypecheck.score.ScoreFixtures.evaluation;
import static io.hypecheck.score.ScoreFixtures.project;
import static io.hypecheck.score.ScoreFixtures.result;
import static io.hypecheck.score.ScoreFixtures.rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Truth;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Stance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailConditionTest {

    private static final Rubric CHECK = rubric("rc", Stance.RELEVANT);

    /** A project scored 60: 20 substance points and nothing else. */
    private static ProjectScore sixty() {
        return new Scorer(LocalDate.of(2026, 1, 1)).score(evaluation(project("name: P\n"),
                List.of(result(CHECK, "a", Effect.SUBSTANCE, 20, Truth.TRUE))));
    }

    @Test
    void aScoreExactlyAtTheMinimumPassesAndOneBelowFails() {
        ProjectScore score = sixty();
        assertThat(score.score()).isEqualTo(60);
        assertThat(new FailCondition(Optional.empty(), Optional.of(60), Optional.empty()).reasons(score, Optional.empty(), false))
                .isEmpty();
        assertThat(new FailCondition(Optional.empty(), Optional.of(61), Optional.empty()).reasons(score, Optional.empty(), false))
                .containsExactly("score 60 is below --min-score 61");
    }

    @Test
    void aDropOfExactlyTheAllowedRegressionFailsAndOneLessPasses() {
        FailCondition five = new FailCondition(Optional.empty(), Optional.empty(), Optional.of(5));
        assertThat(five.reasons(sixty(), Optional.of(65), false))
                .containsExactly("score fell 5 points since the baseline (--fail-on-regression 5)");
        assertThat(five.reasons(sixty(), Optional.of(64), false)).isEmpty();
    }

    @Test
    void failsOnlyOnHypeOrMixed() {
        assertThatThrownBy(() -> new FailCondition(Optional.of(Verdict.SUBSTANCE), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not substance");
        // a score of 60 with one kind of support is mixed: --fail-on mixed fails it, --fail-on hype does not
        assertThat(sixty().verdict()).isEqualTo(Verdict.MIXED);
        assertThat(new FailCondition(Optional.of(Verdict.MIXED), Optional.empty(), Optional.empty()).reasons(sixty(), Optional.empty(), false))
                .containsExactly("verdict mixed (--fail-on mixed)");
        assertThat(new FailCondition(Optional.of(Verdict.HYPE), Optional.empty(), Optional.empty()).reasons(sixty(), Optional.empty(), false))
                .isEmpty();
    }
}
