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

    private static Finding finding(Effect effect, int points, Provenance provenance) {
        Evidence e = new Evidence("traction.x", "1", Location.at(1, 1), Basis.FIELD, provenance);
        return new Finding("r" + points + effect, "rc", effect, points, "m", "w", new Citation("s", "t", "", ""), List.of(e),
                Kind.USAGE, 1);
    }

    @Test
    void unknownConfidenceIsOnlyCoverage() {
        assertThat(Confidence.of(Verdict.UNKNOWN, 50, 0.5, List.of(), 1, 1, false)).isEqualTo(0.15);
    }

    @Test
    void aVerdictsQualityCountsOnlyItsOwnSide() {
        // given: strong third-party substance and a disputed hype finding
        List<Finding> findings = List.of(finding(Effect.SUBSTANCE, 20, Provenance.THIRD_PARTY),
                finding(Effect.HYPE, 20, Provenance.DISPUTED));

        // when: substance at 74 (margin 1): 0.3 + 0.35 x 1 + 0.35 x 1
        double substance = Confidence.of(Verdict.SUBSTANCE, 74, 1, findings, 1, 1, false);
        // mixed at 50 takes both sides: quality (20 x 1 + 20 x 0.1) / 40 = 0.55
        double mixed = Confidence.of(Verdict.MIXED, 50, 1, findings, 1, 1, false);

        // then
        assertThat(substance).isEqualTo(1.0);
        assertThat(mixed).isEqualTo(0.84);
    }

    @Test
    void marginGrowsAwayFromTheLineAndIsHalvedWhenAMixedVerdictLeansToASupportedSide() {
        List<Finding> f = List.of(finding(Effect.HYPE, 10, Provenance.ON_CHAIN));

        // hype: (41 - 40) / 15 at the line, (41 - 33) / 15 further in
        assertThat(Confidence.of(Verdict.HYPE, 40, 0, f, 1, 1, false)).isEqualTo(0.37);
        assertThat(Confidence.of(Verdict.HYPE, 33, 0, f, 1, 1, false)).isEqualTo(0.54);
        // mixed at 52: 8 points from the nearer line, / 10, or / 20 when the side it leans to has its support
        assertThat(Confidence.of(Verdict.MIXED, 52, 0, f, 1, 1, false)).isEqualTo(0.63);
        assertThat(Confidence.of(Verdict.MIXED, 52, 0, f, 1, 1, true)).isEqualTo(0.49);
        // a score past a line held back as mixed has no margin
        assertThat(Confidence.of(Verdict.MIXED, 70, 0, f, 1, 1, false)).isEqualTo(0.35);
    }

    @Test
    void freshnessAndSourcingScaleEverything() {
        List<Finding> f = List.of(finding(Effect.HYPE, 10, Provenance.ON_CHAIN));
        assertThat(Confidence.of(Verdict.HYPE, 20, 1, f, 0.7, 1, false)).isEqualTo(0.7);
        assertThat(Confidence.of(Verdict.HYPE, 20, 1, f, 1, 0.85, false)).isEqualTo(0.85);
    }
}
