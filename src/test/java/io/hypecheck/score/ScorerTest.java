package io.hypecheck.score;

import static io.hypecheck.score.ScoreFixtures.evaluation;
import static io.hypecheck.score.ScoreFixtures.project;
import static io.hypecheck.score.ScoreFixtures.result;
import static io.hypecheck.score.ScoreFixtures.rubric;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Provenance;
import io.hypecheck.api.Truth;
import io.hypecheck.engine.RuleResult;
import io.hypecheck.project.Project;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
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
        var results = List.of(result(CHECK, "a", Effect.SUBSTANCE, 30, Truth.TRUE, Kind.USAGE),
                result(CHECK, "b", Effect.SUBSTANCE, 15, Truth.TRUE, Kind.REVENUE),
                result(CHECK, "c", Effect.HYPE, 20, Truth.TRUE, Kind.VALUATION),
                result(CHECK, "d", Effect.HYPE, 50, Truth.FALSE));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then: 50 + (45 - 20) / 2 = 62.5, rounded half up
        assertThat(score.substance()).isEqualTo(45);
        assertThat(score.hype()).isEqualTo(20);
        assertThat(score.score()).isEqualTo(63);
        assertThat(score.findings()).extracting(Finding::rule).containsExactly("a", "b", "c");
    }

    @Test
    void capsEachSideAtOneHundred() {
        // given
        var results = List.of(result(CHECK, "a", Effect.HYPE, 70, Truth.TRUE, Kind.VALUATION),
                result(CHECK, "b", Effect.HYPE, 60, Truth.TRUE, Kind.NARRATIVE));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then
        assertThat(score.hype()).isEqualTo(100);
        assertThat(score.score()).isZero();
        assertThat(score.verdict()).isEqualTo(Verdict.HYPE);
    }

    @Test
    void substanceNeedsSeveralKindsOfFactNotOneRuleAndALiveFlag() {
        // given: 40 points of substance from two kinds only, then from three
        var two = List.of(result(CHECK, "a", Effect.SUBSTANCE, 30, Truth.TRUE, Kind.USAGE),
                result(CHECK, "b", Effect.SUBSTANCE, 10, Truth.TRUE, Kind.PRODUCT));
        var three = List.of(result(CHECK, "a", Effect.SUBSTANCE, 20, Truth.TRUE, Kind.USAGE),
                result(CHECK, "b", Effect.SUBSTANCE, 10, Truth.TRUE, Kind.REVENUE),
                result(CHECK, "c", Effect.SUBSTANCE, 10, Truth.TRUE, Kind.OPEN_WORK));

        // when
        ProjectScore thin = scorer.score(evaluation(FRESH, two));
        ProjectScore supported = scorer.score(evaluation(FRESH, three));

        // then: both score 70; a live flag is no support, so only the second has enough for substance
        assertThat(thin.score()).isEqualTo(70);
        assertThat(thin.verdict()).isEqualTo(Verdict.MIXED);
        assertThat(supported.score()).isEqualTo(70);
        assertThat(supported.verdict()).isEqualTo(Verdict.SUBSTANCE);
        assertThat(supported.judgment().substanceKinds()).containsExactly(Kind.USAGE, Kind.REVENUE, Kind.OPEN_WORK);
    }

    @Test
    void hypeNeedsTwoKindsOfFact() {
        var one = List.of(result(CHECK, "a", Effect.HYPE, 25, Truth.TRUE, Kind.VALUATION),
                result(CHECK, "b", Effect.HYPE, 10, Truth.TRUE, Kind.VALUATION));
        var two = List.of(result(CHECK, "a", Effect.HYPE, 25, Truth.TRUE, Kind.VALUATION),
                result(CHECK, "b", Effect.HYPE, 10, Truth.TRUE, Kind.NARRATIVE));

        assertThat(scorer.score(evaluation(FRESH, one)).verdict()).isEqualTo(Verdict.MIXED);
        assertThat(scorer.score(evaluation(FRESH, two)).verdict()).isEqualTo(Verdict.HYPE);
    }

    @Test
    void selfReportedSubstanceCountsHalfAndDisputedAQuarter() {
        // given
        var results = List.of(result(CHECK, "a", Effect.SUBSTANCE, 20, Truth.TRUE, Kind.USAGE, Provenance.SELF_REPORTED),
                result(CHECK, "b", Effect.SUBSTANCE, 20, Truth.TRUE, Kind.REVENUE, Provenance.DISPUTED),
                result(CHECK, "c", Effect.SUBSTANCE, 10, Truth.TRUE, Kind.OPEN_WORK, Provenance.THIRD_PARTY));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then: 10 + 5 + 10; weak findings give no support and are listed as what would change the score
        assertThat(score.substance()).isEqualTo(25);
        assertThat(score.judgment().substanceKinds()).containsExactly(Kind.OPEN_WORK);
        assertThat(score.judgment().next()).extracting(Next::rule).containsExactly("b", "a");
        assertThat(score.judgment().next()).extracting(Next::points).containsExactly(8, 5);
    }

    @Test
    void theScoreRangeCountsEveryUndecidedRuleAgainstThenFor() {
        // given: decided 20 substance; undecided 30 hype and 10 substance
        var results = List.of(result(CHECK, "a", Effect.SUBSTANCE, 20, Truth.TRUE, Kind.USAGE),
                result(CHECK, "b", Effect.HYPE, 30, Truth.UNKNOWN), result(CHECK, "c", Effect.SUBSTANCE, 10, Truth.UNKNOWN));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then: 60, low 50 + (20 - 30) / 2 = 45, high 50 + 30 / 2 = 65
        assertThat(score.score()).isEqualTo(60);
        assertThat(score.judgment().scoreLow()).isEqualTo(45);
        assertThat(score.judgment().scoreHigh()).isEqualTo(65);
        assertThat(score.judgment().next()).extracting(Next::points).containsExactly(-15, 5);
    }

    /** The given results, then rules decided false up to the decided rules that give confidence's evidence term full weight. */
    private static List<RuleResult> withFullEvidence(List<RuleResult> results) {
        List<RuleResult> out = new ArrayList<>(results);
        long decided = results.stream().filter(r -> r.truth() != Truth.UNKNOWN).count();
        for (long k = decided; k < Confidence.ENOUGH_DECIDED; k++) {
            out.add(result(CHECK, "pad" + k, Effect.HYPE, 5, Truth.FALSE));
        }
        return out;
    }

    @Test
    void confidenceFallsWhenUndecidedRulesCouldMoveTheScoreOutOfItsBand() {
        // given: the same hype verdict, with an undecided 40-point substance rule, then with it decided
        var partial = List.of(result(CHECK, "a", Effect.HYPE, 30, Truth.TRUE, Kind.VALUATION, Provenance.THIRD_PARTY),
                result(CHECK, "b", Effect.HYPE, 20, Truth.TRUE, Kind.NARRATIVE, Provenance.THIRD_PARTY),
                result(CHECK, "c", Effect.HYPE, 10, Truth.FALSE), result(CHECK, "d", Effect.SUBSTANCE, 40, Truth.UNKNOWN));
        var full = List.of(partial.get(0), partial.get(1), partial.get(2), result(CHECK, "d", Effect.SUBSTANCE, 40, Truth.FALSE));

        // when: both rest on enough decided rules for the evidence term to count in full
        ProjectScore some = scorer.score(evaluation(FRESH, withFullEvidence(partial)));
        ProjectScore all = scorer.score(evaluation(FRESH, withFullEvidence(full)));

        // then: score 25, range 25..45, 15.5 of its 20 points at 40 or below: 0.5 + 0.375 x 0.775 + 0.125 x 1 = 0.92 (all: 1.0)
        assertThat(some.verdict()).isEqualTo(Verdict.HYPE);
        assertThat(some.judgment().scoreLow()).isEqualTo(25);
        assertThat(some.judgment().scoreHigh()).isEqualTo(45);
        assertThat(some.confidence()).isEqualTo(0.92);
        assertThat(all.confidence()).isEqualTo(1.0);
        assertThat(some.judgment().coverage()).isEqualTo(0.968);
    }

    @Test
    void staleOrUndatedOrUnsourcedFactsLowerConfidence() {
        // given
        var results = withFullEvidence(List.of(result(CHECK, "a", Effect.HYPE, 60, Truth.TRUE, Kind.VALUATION, Provenance.ON_CHAIN),
                result(CHECK, "b", Effect.HYPE, 40, Truth.TRUE, Kind.NARRATIVE, Provenance.ON_CHAIN)));
        Project stale = project("name: Stale\nas_of: 2025-06-01\nsources: [https://example.org]\n");
        Project undated = project("name: Undated\nsources: [https://example.org]\n");
        Project bare = project("name: Bare\n");

        // then
        assertThat(scorer.score(evaluation(FRESH, results)).confidence()).isEqualTo(1.0);
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

        // then: confidence 0.3 x 1/6
        assertThat(score.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(score.confidence()).isEqualTo(0.05);
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
    void listsMemberTrendsStrongestFirst() {
        // when
        ProjectScore score = scorer.score(evaluation(FRESH, List.of(), "zk-ai", 0.6, "small-models", 1.0, "rlhf-networks", 0.3));

        // then
        assertThat(score.trends()).extracting(TrendScore::id).containsExactly("small-models", "zk-ai");
        assertThat(score.primaryTrend()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("small-models"));
    }

    @Test
    void breaksStrengthTiesByTheMostSpecificSignalThenId() {
        // when: all capped at 1; small-models had the most specific signal
        ProjectScore score = scorer.score(evaluation(FRESH, List.of(), "zk-ai", 1.2, "small-models", 1.8, "ai-evaluation", 1.2));

        // then
        assertThat(score.trends()).extracting(TrendScore::id).containsExactly("small-models", "ai-evaluation", "zk-ai");
    }

    private static io.hypecheck.engine.TrendResult tied(String id, double sum) {
        return new io.hypecheck.engine.TrendResult(rubric(id, Stance.HYPED), 1, 0.5, sum, true, List.of());
    }

    @Test
    void equalStrengthAndSpecificityGoFirstToTheTrendTheFileTagsFirst() {
        // given: three trends alike in strength, specificity and sum; the file tags two of them, zk-ai first
        Project tagged = project("name: Tagged\nas_of: 2026-06\ntags: [defi, ZK-AI, ai-evaluation]\n");
        List<io.hypecheck.engine.TrendResult> trends = List.of(tied("ai-evaluation", 1.2), tied("rlhf-networks", 1.2),
                tied("zk-ai", 1.2));

        // when
        ProjectScore withTags = scorer.score(new io.hypecheck.engine.Evaluation(tagged, trends, List.of()));
        ProjectScore withoutTags = scorer.score(new io.hypecheck.engine.Evaluation(FRESH, trends, List.of()));

        // then: the tagged ones in their tags' order (case folded), then the untagged; without tags, by id
        assertThat(withTags.trends()).extracting(TrendScore::id).containsExactly("zk-ai", "ai-evaluation", "rlhf-networks");
        assertThat(withoutTags.trends()).extracting(TrendScore::id).containsExactly("ai-evaluation", "rlhf-networks", "zk-ai");
    }

    @Test
    void equalStrengthSpecificityAndTagsGoFirstToTheLargerUncappedSumNotTheSmaller() {
        // given
        List<io.hypecheck.engine.TrendResult> trends = List.of(tied("ai-evaluation", 1.1), tied("zk-ai", 1.6),
                tied("rlhf-networks", 1.3));

        // when
        ProjectScore score = scorer.score(new io.hypecheck.engine.Evaluation(FRESH, trends, List.of()));

        // then
        assertThat(score.trends()).extracting(TrendScore::id).containsExactly("zk-ai", "rlhf-networks", "ai-evaluation");
    }

    @Test
    void noTrendMeansNoPrimaryTrend() {
        assertThat(scorer.score(evaluation(FRESH, List.of())).primaryTrend()).isEmpty();
    }

    @Test
    void factsExactlyTwelveMonthsOldAreStale() {
        // given: the same hype, dated 11 and 12 months before today (2026-11-24)
        var results = withFullEvidence(List.of(result(CHECK, "a", Effect.HYPE, 60, Truth.TRUE, Kind.VALUATION, Provenance.ON_CHAIN),
                result(CHECK, "b", Effect.HYPE, 40, Truth.TRUE, Kind.NARRATIVE, Provenance.ON_CHAIN)));
        Project elevenMonths = project("name: A\nas_of: 2025-12-24\nsources: [https://example.org]\n");
        Project twelveMonths = project("name: B\nas_of: 2025-11-24\nsources: [https://example.org]\n");

        // then
        assertThat(scorer.score(evaluation(elevenMonths, results)).confidence()).isEqualTo(1.0);
        assertThat(scorer.score(evaluation(twelveMonths, results)).confidence()).isEqualTo(0.7);
    }

    @Test
    void rulesWithoutAKindEachCountAsTheirOwnSupportAndFivePointsIsStrong() {
        // given: three undeclared substance rules of 10, 5 and 4 points
        var results = List.of(result(CHECK, "a", Effect.SUBSTANCE, 10, Truth.TRUE, Kind.OTHER),
                result(CHECK, "b", Effect.SUBSTANCE, 5, Truth.TRUE, Kind.OTHER),
                result(CHECK, "c", Effect.SUBSTANCE, 4, Truth.TRUE, Kind.OTHER),
                result(CHECK, "d", Effect.SUBSTANCE, 10, Truth.TRUE, Kind.USAGE));

        // when
        ProjectScore score = scorer.score(evaluation(FRESH, results));

        // then: usage once, then other for a and b (c, at 4 points, is not strong)
        assertThat(score.judgment().substanceKinds()).containsExactly(Kind.USAGE, Kind.OTHER, Kind.OTHER);
        assertThat(score.verdict()).isEqualTo(Verdict.SUBSTANCE);
    }
}
