package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.baseline.Comparison;
import io.hypecheck.baseline.Previous;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailReasonsTest {

    @Test
    void takesTheBaselineScoreAndVerdictFromTheComparison() {
        // given
        FailCondition regression = new FailCondition(Optional.empty(), Optional.empty(), Optional.of(5));
        Comparison baseline = Comparison.of(java.util.List.of(
                new Previous("beta", "Beta", "samples/beta.yaml", 62, Verdict.SUBSTANCE)));

        // when
        var reasons = FailReasons.of(regression, ReportFixtures.beta(), Optional.of(baseline));

        // then
        assertThat(reasons).containsExactly("score fell 12 points since the baseline (--fail-on-regression 5)",
                "verdict worsened to mixed since the baseline");
    }

    @Test
    void findsNoRegressionForANewProjectOrWithoutABaseline() {
        // given
        FailCondition regression = new FailCondition(Optional.empty(), Optional.empty(), Optional.of(1));

        // when / then
        assertThat(FailReasons.of(regression, ReportFixtures.beta(), Optional.of(ReportFixtures.baseline()))).isEmpty();
        assertThat(FailReasons.of(regression, ReportFixtures.gamma(), Optional.empty())).isEmpty();
    }

    @Test
    void anUnknownBaselineVerdictFollowedByAnyVerdictIsNoRegression() {
        // given: beta was unknown (with a higher placeholder score) and is now mixed
        FailCondition regression = new FailCondition(Optional.empty(), Optional.empty(), Optional.of(5));
        Comparison baseline = Comparison.of(java.util.List.of(
                new Previous("beta", "Beta", "samples/beta.yaml", 62, Verdict.UNKNOWN)));

        // when
        var reasons = FailReasons.of(regression, ReportFixtures.beta(), Optional.of(baseline));

        // then
        assertThat(reasons).isEmpty();
        assertThat(baseline.verdictWorse(ReportFixtures.beta())).isFalse();
    }

    @Test
    void aDropOfExactlyNPointsIsARegressionAndOneLessIsNot() {
        // given: beta scores 50 now
        Comparison baseline = Comparison.of(java.util.List.of(
                new Previous("beta", "Beta", "samples/beta.yaml", 62, Verdict.MIXED)));

        // when
        var atN = FailReasons.of(new FailCondition(Optional.empty(), Optional.empty(), Optional.of(12)),
                ReportFixtures.beta(), Optional.of(baseline));
        var belowN = FailReasons.of(new FailCondition(Optional.empty(), Optional.empty(), Optional.of(13)),
                ReportFixtures.beta(), Optional.of(baseline));

        // then
        assertThat(atN).containsExactly("score fell 12 points since the baseline (--fail-on-regression 12)");
        assertThat(belowN).isEmpty();
    }
}
