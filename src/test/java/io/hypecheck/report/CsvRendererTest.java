package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRendererTest {

    @Test
    void parsesBackToTheHeaderAndOneRowPerProject() {
        // given
        Report report = ReportFixtures.scenario("several");

        // when
        List<List<String>> rows = CsvReader.read(new CsvRenderer().render(report));

        // then
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(CsvRenderer.HEADER);
        assertThat(rows.get(2)).containsExactly("2", "beta", "Beta Agents, \"the | wallet\" <co>", "samples/beta.yaml",
                "mixed", "50", "25", "25", "0.60", "agents-with-wallets", "", "");
    }

    @Test
    void fillsDeltaAndPreviousVerdictFromTheBaselineAndLeavesThemEmptyForNewProjects() {
        // when
        List<List<String>> rows = CsvReader.read(new CsvRenderer().render(ReportFixtures.scenario("baseline")));

        // then
        assertThat(rows.get(1).subList(10, 12)).containsExactly("9", "mixed");
        assertThat(rows.get(2).subList(10, 12)).containsExactly("", "");
        assertThat(rows.get(3).subList(10, 12)).containsExactly("-15", "hype");
    }

    @Test
    void writesOnlyTheHeaderWithoutProjects() {
        assertThat(new CsvRenderer().render(ReportFixtures.scenario("empty")))
                .isEqualTo(String.join(",", CsvRenderer.HEADER) + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|plain",
        "a, b|\"a, b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "'two\nlines'|'\"two\nlines\"'",
        "'cr\rhere'|'\"cr\rhere\"'",
        "''|''"})
    void quotesOnlyFieldsWithACommaQuoteOrLineBreak(String value, String expected) {
        assertThat(CsvRenderer.field(value == null ? "" : value)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aFieldWithQuotesAndLineBreaksSurvivesTheRoundTrip() {
        // given
        String nasty = "x,\"y\"\nz";

        // when
        List<List<String>> rows = CsvReader.read(CsvRenderer.field(nasty) + "," + CsvRenderer.field("ok") + "\n");

        // then
        assertThat(rows).containsExactly(List.of(nasty, "ok"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void prefixesProjectTextThatASpreadsheetWouldRunAsAFormula(String name) {
        // given
        io.hypecheck.score.ProjectScore evil = ReportFixtures.renamed(ReportFixtures.alpha(), name);

        // when
        java.util.List<java.util.List<String>> rows = CsvReader.read(new CsvRenderer().render(new Report("1", java.util.List.of(evil), java.util.List.of())));

        // then
        assertThat(rows.get(1).get(2)).isEqualTo("'" + name);
    }

    @Test
    void leavesNegativeDeltasAsNumbers() {
        // when
        java.util.List<java.util.List<String>> rows = CsvReader.read(new CsvRenderer().render(ReportFixtures.scenario("baseline")));

        // then
        assertThat(rows.get(3).get(10)).isEqualTo("-15");
    }
}
