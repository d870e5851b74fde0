package io.hypecheck.score;

import static io.hypecheck.score.ScoreFixtures.evaluation;
import static io.hypecheck.score.ScoreFixtures.project;
import static io.hypecheck.score.ScoreFixtures.result;
import static io.hypecheck.score.ScoreFixtures.rubric;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Truth;
import io.hypecheck.project.Project;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Rubric CHECK = rubric("reality-check", Stance.CROSS_CUTTING);
    private static final Project FRESH = project("name: Fresh\nas_of: 2026-06\nsources: [https://example.org]\n");

    private final Scorer scorer = new Scorer(TODAY);

    @Test
    void addsPointsPerSideAndCentresTheScoreOnFifty() {
        // given
        var results = List.of(result(CHECK, "a", Effect.SUBSTANCE, 30, Truth.TRUE),
                result(CHECK, "b", Effect.SUBSTANCE, 15, Truth.TRUE),
                result(CHECK, "c", Effect.HYPE, 20, Truth.TRUE),
                result(CHECK, "d", Effect.HYPE, 50, Truth.FALSE));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then: 50 + (45 - 20) / 2 = 62.5, rounded half up
        assertThat(score.substance()).isEqualTo(45);
        assertThat(score.hype()).isEqualTo(20);
        assertThat(score.score()).isEqualTo(63);
        assertThat(score.verdict()).isEqualTo(Verdict.SUBSTANCE);
        assertThat(score.findings()).extracting(Finding::rule).containsExactly("a", "b", "c");
    }

    @Test
    void capsEachSideAtOneHundred() {
        // given
        var results = List.of(result(CHECK, "a", Effect.HYPE, 70, Truth.TRUE), result(CHECK, "b", Effect.HYPE, 60, Truth.TRUE));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then
        assertThat(score.hype()).isEqualTo(100);
        assertThat(score.score()).isZero();
        assertThat(score.verdict()).isEqualTo(Verdict.HYPE);
    }

    @Test
    void confidenceIsTheShareOfDecidedRules() {
        // given: 3 of 4 decided
        var results = List.of(result(CHECK, "a", Effect.HYPE, 10, Truth.TRUE), result(CHECK, "b", Effect.HYPE, 10, Truth.FALSE),
                result(CHECK, "c", Effect.HYPE, 10, Truth.FALSE), result(CHECK, "d", Effect.HYPE, 10, Truth.UNKNOWN));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then
        assertThat(score.confidence()).isEqualTo(0.75);
        assertThat(score.rulesChecked()).isEqualTo(4);
        assertThat(score.rulesUnknown()).isEqualTo(1);
    }

    @Test
    void staleOrUndatedOrUnsourcedFactsLowerConfidence() {
        // given
        var results = List.of(result(CHECK, "a", Effect.HYPE, 10, Truth.TRUE));
        Project stale = project("name: Stale\nas_of: 2025-06-01\nsources: [https://example.org]\n");
        Project undated = project("name: Undated\nsources: [https://example.org]\n");
        Project bare = project("name: Bare\n");

        // then
        assertThat(scorer.score(evaluation(stale, results)).confidence()).isEqualTo(0.7);
        assertThat(scorer.score(evaluation(undated, results)).confidence()).isEqualTo(0.85);
        assertThat(scorer.score(evaluation(bare, results)).confidence()).isEqualTo(0.72);
    }

    @Test
    void tooLittleEvidenceIsUnknownNotZero() {
        // given: 1 of 6 decided
        var results = List.of(result(CHECK, "a", Effect.HYPE, 40, Truth.TRUE), result(CHECK, "b", Effect.HYPE, 10, Truth.UNKNOWN),
                result(CHECK, "c", Effect.HYPE, 10, Truth.UNKNOWN), result(CHECK, "d", Effect.HYPE, 10, Truth.UNKNOWN),
                result(CHECK, "e", Effect.HYPE, 10, Truth.UNKNOWN), result(CHECK, "f", Effect.HYPE, 10, Truth.UNKNOWN));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then
        assertThat(score.confidence()).isEqualTo(0.17);
        assertThat(score.verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void nothingFiredIsUnknown() {
        // when
        ProjectScore score = scorer.score(evaluation(FRESH, List.of(result(CHECK, "a", Effect.HYPE, 10, Truth.FALSE))));

        // then
        assertThat(score.score()).isEqualTo(50);
        assertThat(score.verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void scoresBetweenTheThresholdsAreMixed() {
        assertThat(Scorer.verdict(59, 1, false)).isEqualTo(Verdict.MIXED);
        assertThat(Scorer.verdict(41, 1, false)).isEqualTo(Verdict.MIXED);
        assertThat(Scorer.verdict(60, 1, false)).isEqualTo(Verdict.SUBSTANCE);
        assertThat(Scorer.verdict(40, 1, false)).isEqualTo(Verdict.HYPE);
    }

    @Test
    void listsMemberTrendsStrongestFirst() {
        // when
        ProjectScore score = scorer.score(evaluation(FRESH, List.of(), "zk-ai", 0.6, "small-models", 1.0, "rlhf-networks", 0.3));

        // then
        assertThat(score.trends()).extracting(TrendScore::id).containsExactly("small-models", "zk-ai");
        assertThat(score.primaryTrend()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("small-models"));
    }

    @Test
    void breaksStrengthTiesByTheUncappedWeightThenId() {
        // when: both capped at 1; small-models had more signals
        ProjectScore score = scorer.score(evaluation(FRESH, List.of(), "zk-ai", 1.2, "small-models", 1.8, "ai-evaluation", 1.2));

        // then
        assertThat(score.trends()).extracting(TrendScore::id).containsExactly("small-models", "ai-evaluation", "zk-ai");
    }

    @Test
    void noTrendMeansNoPrimaryTrend() {
        assertThat(scorer.score(evaluation(FRESH, List.of())).primaryTrend()).isEmpty();
    }
}
