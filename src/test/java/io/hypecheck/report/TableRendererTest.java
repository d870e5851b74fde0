package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.baseline.Comparison;
import io.hypecheck.baseline.DeltaText;
import io.hypecheck.baseline.Previous;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableRendererTest {

    @Test
    void addsADeltaColumnAfterTheScoreOnlyWithABaseline() {
        // given
        Report without = ReportFixtures.scenario("several");
        Report with = new Report(without.toolVersion(), without.projects(), without.errors(),
                Optional.of(ReportFixtures.baseline()));

        // when
        List<String> plain = new TableRenderer(false).render(without).lines().toList();
        List<String> compared = new TableRenderer(false).render(with).lines().toList();

        // then
        assertThat(plain.get(0)).doesNotContain("Δ");
        assertThat(compared.get(0)).contains("SCORE    Δ  HYPE");
        assertThat(compared.get(1)).contains("   67   +9 ");
        assertThat(compared.get(2)).contains("   50  new ");
        assertThat(compared.get(3)).contains("   15  -15 ");
    }

    @Test
    void printsAZeroDeltaWithoutASign() {
        // given
        Report several = ReportFixtures.scenario("several");
        Comparison same = Comparison.of(List.of(
                new Previous("alpha", "Alpha Compute", "samples/alpha.yaml", 67, io.hypecheck.score.Verdict.SUBSTANCE)));

        // when
        String cell = DeltaText.of(same, several.projects().get(0));

        // then
        assertThat(cell).isEqualTo("0");
    }

    @Test
    void namesTheRemovedProjectsUnderTheSummary() {
        // when
        String text = new TableRenderer(false).render(ReportFixtures.scenario("baseline"));

        // then
        assertThat(text).endsWith("since the baseline: 1 new, 1 verdict changed, 1 removed (Delta Oracle samples/delta.yaml)\n");
    }
}
