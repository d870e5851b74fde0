package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.rubric.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private static final List<Kind> THREE = List.of(Kind.USAGE, Kind.REVENUE, Kind.OPEN_WORK);
    private static final List<Kind> TWO = List.of(Kind.VALUATION, Kind.NARRATIVE);

    @Test
    void substanceStartsExactlyAtTheLineWithSupport() {
        assertThat(Verdicts.decide(59, 1, false, THREE, TWO)).isEqualTo(Verdict.MIXED);
        assertThat(Verdicts.decide(60, 1, false, THREE, TWO)).isEqualTo(Verdict.SUBSTANCE);
        assertThat(Verdicts.decide(61, 1, false, THREE, TWO)).isEqualTo(Verdict.SUBSTANCE);
    }

    @Test
    void hypeStartsExactlyAtTheLineWithSupport() {
        assertThat(Verdicts.decide(41, 1, false, THREE, TWO)).isEqualTo(Verdict.MIXED);
        assertThat(Verdicts.decide(40, 1, false, THREE, TWO)).isEqualTo(Verdict.HYPE);
        assertThat(Verdicts.decide(39, 1, false, THREE, TWO)).isEqualTo(Verdict.HYPE);
    }

    @Test
    void aScorePastALineWithoutSupportIsMixed() {
        assertThat(Verdicts.decide(80, 1, false, List.of(Kind.USAGE, Kind.PRODUCT), TWO)).isEqualTo(Verdict.MIXED);
        assertThat(Verdicts.decide(10, 1, false, THREE, List.of(Kind.VALUATION))).isEqualTo(Verdict.MIXED);
    }

    @Test
    void anIndependentAuditIsAKindOfSupportWhileAPublicTeamOrALiveProductIsNot() {
        // given revenue and open work, and a third piece beside them
        List<Kind> audited = List.of(Kind.REVENUE, Kind.OPEN_WORK, Kind.AUDIT);
        List<Kind> publicTeam = List.of(Kind.REVENUE, Kind.OPEN_WORK, Kind.ASSURANCE, Kind.PRODUCT);
        // then the audit completes the support at the line, the team and the product do not
        assertThat(Verdicts.decide(60, 1, false, audited, List.of())).isEqualTo(Verdict.SUBSTANCE);
        assertThat(Verdicts.decide(59, 1, false, audited, List.of())).isEqualTo(Verdict.MIXED);
        assertThat(Verdicts.decide(75, 1, false, publicTeam, List.of())).isEqualTo(Verdict.MIXED);
    }

    @Test
    void tooFewDecidedRulesOrNothingFiredIsUnknown() {
        assertThat(Verdicts.decide(80, 0.19, false, THREE, TWO)).isEqualTo(Verdict.UNKNOWN);
        assertThat(Verdicts.decide(80, 0.2, false, THREE, TWO)).isEqualTo(Verdict.SUBSTANCE);
        assertThat(Verdicts.decide(50, 1, true, List.of(), List.of())).isEqualTo(Verdict.UNKNOWN);
    }
}
