package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.api.Provenance;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    /** Enough decided rules for the evidence term to count in full. */
    private static final int FULL = Confidence.ENOUGH_DECIDED;

    private static Finding finding(Effect effect, int points, Provenance provenance) {
        Evidence e = new Evidence("traction.x", "1", Location.at(1, 1), Basis.FIELD, provenance);
        return new Finding("r" + points + effect, "rc", effect, points, "m", "w", new Citation("s", "t", "", ""), List.of(e),
                Kind.USAGE, 1);
    }

    @Test
    void unknownConfidenceIsOnlyCoverage() {
        assertThat(Confidence.of(Verdict.UNKNOWN, 50, 20, 80, 0.5, FULL, List.of(), 1, 1)).isEqualTo(0.15);
    }

    @Test
    void unknownConfidenceIsScaledByFreshnessAndSourcingBoth() {
        // 0.8 * 0.5 * 0.3 * 0.5: a fraction of each, never one divided by another
        assertThat(Confidence.of(Verdict.UNKNOWN, 50, 20, 80, 0.5, FULL, List.of(), 0.8, 0.5)).isEqualTo(0.06);
        assertThat(Confidence.of(Verdict.UNKNOWN, 50, 20, 80, 0.5, FULL, List.of(), 0.5, 0.8)).isEqualTo(0.06);
    }

    @Test
    void aVerdictsQualityCountsOnlyItsOwnSide() {
        // given: strong third-party substance and a disputed hype finding, nothing undecided
        List<Finding> findings = List.of(finding(Effect.SUBSTANCE, 20, Provenance.THIRD_PARTY),
                finding(Effect.HYPE, 20, Provenance.DISPUTED));

        // when: substance at 74, on full evidence and robust: 0.5 + 0.375 x 1 + 0.125 x 1
        double substance = Confidence.of(Verdict.SUBSTANCE, 74, 74, 74, 1, FULL, findings, 1, 1);
        // mixed at 50 takes both sides: quality (20 x 1 + 20 x 0.1) / 40 = 0.55, so 0.5 + 0.375 + 0.125 x 0.55
        double mixed = Confidence.of(Verdict.MIXED, 50, 50, 50, 1, FULL, findings, 1, 1);

        // then
        assertThat(substance).isEqualTo(1.0);
        assertThat(mixed).isEqualTo(0.94);
    }

    @Test
    void robustnessIsTheShareOfTheScoreRangeInsideTheVerdictsBand() {
        // hype at 30 with a range 20..60: 20.5 of 40 points lie at 40 or below
        assertThat(Confidence.robustness(Verdict.HYPE, 30, 20, 60)).isEqualTo(20.5 / 40);
        // mixed at 50 with a range 30..70: 19 of 40 points lie from 41 to 59
        assertThat(Confidence.robustness(Verdict.MIXED, 50, 30, 70)).isEqualTo(19.0 / 40);
        // substance whose range stays above the line, and one that reaches below it
        assertThat(Confidence.robustness(Verdict.SUBSTANCE, 80, 65, 95)).isEqualTo(1.0);
        assertThat(Confidence.robustness(Verdict.SUBSTANCE, 62, 40, 80)).isEqualTo(20.5 / 40);
    }

    @Test
    void aRangeOfOneScoreIsAllInsideOrAllOutsideItsBandAtEveryLine() {
        // exactly on each line and one point either side
        assertThat(Confidence.robustness(Verdict.SUBSTANCE, 60, 60, 60)).isEqualTo(1.0);
        assertThat(Confidence.robustness(Verdict.MIXED, 59, 59, 59)).isEqualTo(1.0);
        assertThat(Confidence.robustness(Verdict.MIXED, 61, 61, 61)).isEqualTo(0.0);
        assertThat(Confidence.robustness(Verdict.HYPE, 40, 40, 40)).isEqualTo(1.0);
        assertThat(Confidence.robustness(Verdict.MIXED, 41, 41, 41)).isEqualTo(1.0);
        assertThat(Confidence.robustness(Verdict.MIXED, 39, 39, 39)).isEqualTo(0.0);
    }

    @Test
    void aMixedVerdictHeldBackPastALineTrustsLittle() {
        // given a score of 70 held back as mixed, its range 50..90 mostly above the mixed band
        List<Finding> f = List.of(finding(Effect.SUBSTANCE, 10, Provenance.ON_CHAIN));
        double held = Confidence.of(Verdict.MIXED, 70, 50, 90, 0.5, FULL, f, 1, 1);
        double central = Confidence.of(Verdict.MIXED, 50, 42, 58, 0.5, FULL, f, 1, 1);

        // then: 0.5 + 0.375 x 9.5/40 + 0.125 against 0.5 + 0.375 x 1 + 0.125
        assertThat(held).isEqualTo(0.71);
        assertThat(central).isEqualTo(1.0);
    }

    @Test
    void selfReportedEvidenceLowersConfidence() {
        List<Finding> independent = List.of(finding(Effect.SUBSTANCE, 20, Provenance.THIRD_PARTY));
        List<Finding> own = List.of(finding(Effect.SUBSTANCE, 20, Provenance.SELF_REPORTED));
        assertThat(Confidence.of(Verdict.SUBSTANCE, 80, 70, 90, 1, FULL, independent, 1, 1)).isEqualTo(1.0);
        assertThat(Confidence.of(Verdict.SUBSTANCE, 80, 70, 90, 1, FULL, own, 1, 1)).isEqualTo(0.91);
    }

    @Test
    void freshnessAndSourcingScaleEverything() {
        List<Finding> f = List.of(finding(Effect.HYPE, 10, Provenance.ON_CHAIN));
        assertThat(Confidence.of(Verdict.HYPE, 20, 20, 20, 1, FULL, f, 0.7, 1)).isEqualTo(0.7);
        assertThat(Confidence.of(Verdict.HYPE, 20, 20, 20, 1, FULL, f, 1, 0.85)).isEqualTo(0.85);
    }

    @Test
    void aHypeVerdictsQualityCountsOnlyHypeFindings() {
        // given on-chain hype and a disputed substance finding, nothing undecided
        List<Finding> findings = List.of(finding(Effect.HYPE, 20, Provenance.ON_CHAIN), finding(Effect.SUBSTANCE, 10, Provenance.DISPUTED));

        // then the disputed substance does not lower the hype verdict's quality: 0.5 + 0.375 + 0.125 x 1
        assertThat(Confidence.of(Verdict.HYPE, 30, 30, 30, 1, FULL, findings, 1, 1)).isEqualTo(1.0);
        // and with only the disputed finding on its side a substance verdict is trusted less: 0.5 + 0.375 + 0.125 x 0.1
        assertThat(Confidence.of(Verdict.SUBSTANCE, 70, 70, 70, 1, FULL, findings, 1, 1)).isEqualTo(0.89);
    }

    @Test
    void aVerdictDrawnFromFewDecidedRulesIsTrustedLess() {
        // given the same robust, third-party substance verdict
        List<Finding> f = List.of(finding(Effect.SUBSTANCE, 20, Provenance.THIRD_PARTY));
        // when it rests on no, half the, exactly the, and twice the decided rules that count in full
        // then the evidence term is 0, 0.5, 1 and 1 (capped): 0.5 x evidence + 0.375 + 0.125
        assertThat(Confidence.of(Verdict.SUBSTANCE, 80, 80, 80, 1, 0, f, 1, 1)).isEqualTo(0.5);
        assertThat(Confidence.of(Verdict.SUBSTANCE, 80, 80, 80, 1, FULL / 2, f, 1, 1)).isEqualTo(0.75);
        assertThat(Confidence.of(Verdict.SUBSTANCE, 80, 80, 80, 1, FULL, f, 1, 1)).isEqualTo(1.0);
        assertThat(Confidence.of(Verdict.SUBSTANCE, 80, 80, 80, 1, FULL * 2, f, 1, 1)).isEqualTo(1.0);
        // and one rule short of full weight is a little less
        assertThat(Confidence.of(Verdict.SUBSTANCE, 80, 80, 80, 1, FULL - 1, f, 1, 1)).isLessThan(1.0);
    }

    @Test
    void aFindingThatCountsZeroTakesNoPartInTheQualityOfTheEvidence() {
        // given third-party hype, and beside it a disputed demand finding that another already counts
        Finding counted = finding(Effect.HYPE, 20, Provenance.THIRD_PARTY);
        Finding twice = finding(Effect.HYPE, 10, Provenance.DISPUTED).withWeight(0);
        // then the confidence is the same as without it
        assertThat(Confidence.of(Verdict.HYPE, 30, 30, 30, 1, FULL, List.of(counted, twice), 1, 1))
                .isEqualTo(Confidence.of(Verdict.HYPE, 30, 30, 30, 1, FULL, List.of(counted), 1, 1));
    }
}
