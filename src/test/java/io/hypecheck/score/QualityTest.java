package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.api.Provenance;
import io.hypecheck.rubric.Effect;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityTest {

    private static Evidence evidence(Basis basis, Provenance provenance) {
        return new Evidence("traction.x", "v", Location.at(1, 1), basis, provenance);
    }

    @Test
    void aSelfReportedFactCountsHalfEvenBesideTheAbsencesThatGuardIt() {
        // given a usage figure read from words the project reported, guarded by "no structured user count"
        List<Evidence> evidence = List.of(evidence(Basis.ABSENCE, Provenance.UNSTATED),
                evidence(Basis.TEXT, Provenance.SELF_REPORTED));

        // then the absence does not lift it to full weight or quality
        assertThat(Quality.weight(Effect.SUBSTANCE, evidence)).isEqualTo(0.5);
        assertThat(Quality.quality(evidence)).isEqualTo(0.3);
    }

    @Test
    void absencesAloneAreWhatAFindingRestsOn() {
        List<Evidence> evidence = List.of(evidence(Basis.ABSENCE, Provenance.UNSTATED));
        assertThat(Quality.weight(Effect.SUBSTANCE, evidence)).isEqualTo(1);
        assertThat(Quality.quality(evidence)).isEqualTo(0.5);
    }

    @Test
    void theBestFactDecidesAndHypeAlwaysCountsInFull() {
        List<Evidence> mixed = List.of(evidence(Basis.FIELD, Provenance.SELF_REPORTED), evidence(Basis.FIELD, Provenance.THIRD_PARTY));
        assertThat(Quality.weight(Effect.SUBSTANCE, mixed)).isEqualTo(1);
        assertThat(Quality.quality(mixed)).isEqualTo(1);
        assertThat(Quality.weight(Effect.HYPE, List.of(evidence(Basis.FIELD, Provenance.DISPUTED)))).isEqualTo(1);
        assertThat(Quality.weight(Effect.SUBSTANCE, List.of(evidence(Basis.FIELD, Provenance.DISPUTED)))).isEqualTo(0.25);
    }
}
