package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.score.ProjectScore;
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

    /** The widest of the header and the three rows. */
    private static int widest(String text) {
        return text.lines().limit(4).mapToInt(TextWidth::of).max().orElse(0);
    }

    @Test
    void fitsEightyColumnsByDefaultAndTheGivenWidthOtherwise() {
        // given
        Report report = ReportFixtures.scenario("baseline");

        // when
        String eighty = new TableRenderer(false).render(report);
        String narrow = new TableRenderer(RenderOptions.defaults().withWidth(70)).render(report);
        String wide = new TableRenderer(RenderOptions.defaults().withWidth(200)).render(report);

        // then
        assertThat(widest(eighty)).isLessThanOrEqualTo(80);
        assertThat(widest(narrow)).isLessThanOrEqualTo(70);
        assertThat(narrow).contains("Beta Agen…");
        assertThat(wide).contains("Beta Agents, \"the | wallet\" <co>  mixed");
    }

    @Test
    void countsWideCharactersAsTwoColumnsWhenAligning() {
        // given
        ProjectScore cjk = ReportFixtures.renamed(ReportFixtures.alpha(), "東京AI");
        Report report = new Report("1", List.of(cjk, ReportFixtures.beta()), List.of());

        // when
        List<String> lines = new TableRenderer(RenderOptions.defaults().withWidth(120)).render(report).lines().toList();

        // then: the verdict column starts at the same terminal column on every row
        int column = TextWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("VERDICT")));
        assertThat(TextWidth.of(lines.get(1).substring(0, lines.get(1).indexOf("substance")))).isEqualTo(column);
        assertThat(TextWidth.of(lines.get(2).substring(0, lines.get(2).indexOf("mixed")))).isEqualTo(column);
        assertThat(TextWidth.of("東京AI")).isEqualTo(6);
    }

    @Test
    void keepsANameWithLineBreaksOnOneLineAndNeutralisesEscapes() {
        // given
        ProjectScore hostile = ReportFixtures.renamed(ReportFixtures.alpha(), "Evil\nCorp\u001B[31m\u001B]0;x\u0007");

        // when
        String text = new TableRenderer(RenderOptions.defaults().withWidth(120)).render(new Report("1", List.of(hostile), List.of()));

        // then
        assertThat(text.lines().count()).isEqualTo(4);
        assertThat(text).doesNotContain("\u001B").doesNotContain("\u0007").contains("Evil Corp\\x1B[31m\\x1B]0;x\\x07");
    }
}
