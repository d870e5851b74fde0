package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The main job on the real samples: the ranked table, the JSON report and one explanation, as golden files. */
class SamplesReportTest {

    private static final String TODAY = "2026-11-24";

    @Test
    void ranksTheSamplesAsTheGoldenTable() throws Exception {
        // when
        CliResult result = CliResult.run("score", "samples/", "--today", TODAY);

        // then
        assertThat(result.code()).isZero();
        assertThat(result.err()).isEmpty();
        Golden.assertMatches("samples/table.txt", result.out());
    }

    @Test
    void reportsTheSamplesAsTheGoldenJsonTwiceByteForByte() throws Exception {
        // when
        CliResult first = CliResult.run("score", "samples/", "--today", TODAY, "-f", "json");
        CliResult second = CliResult.run("score", "samples/", "--today", TODAY, "-f", "json");

        // then
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        Golden.assertMatches("samples/report.json", first.out());
    }

    @Test
    void everySampleGetsAVerdictAndEveryFindingCitesTheArticle() throws Exception {
        // when
        JsonNode report = new ObjectMapper().readTree(CliResult.run("score", "samples/", "--today", TODAY, "-f", "json").out());

        // then
        assertThat(report.path("summary").path("projects").asInt()).isEqualTo(12);
        for (JsonNode project : report.path("projects")) {
            assertThat(project.path("verdict").asText()).as(project.path("id").asText()).isNotEqualTo("unknown");
            for (JsonNode finding : project.path("findings")) {
                assertThat(finding.path("why").asText()).isNotBlank();
                assertThat(finding.path("cites").path("section").asText()).isNotBlank();
                assertThat(finding.path("evidence").size()).as(finding.path("rule").asText()).isPositive();
            }
        }
    }

    @Test
    void ranksTheMemecoinLastAsHype() throws Exception {
        // when
        JsonNode projects = new ObjectMapper().readTree(CliResult.run("score", "samples/", "--today", TODAY, "-f", "json").out())
                .path("projects");

        // then
        JsonNode last = projects.get(projects.size() - 1);
        assertThat(last.path("id").asText()).isEqualTo("goatseus-maximus");
        assertThat(last.path("verdict").asText()).isEqualTo("hype");
    }

    @Test
    void explainsOneProjectAsTheGoldenText() throws Exception {
        // when
        CliResult result = CliResult.run("explain", "samples/olas.yaml", "--today", TODAY);

        // then
        assertThat(result.code()).isZero();
        Golden.assertMatches("samples/explain-olas.txt", result.out());
    }
}
