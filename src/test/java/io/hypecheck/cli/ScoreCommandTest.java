package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Black-box tests of {@code hypecheck score}: exit code first, then the output. */
class ScoreCommandTest {

    private static final String DIR = "src/test/resources/cli/";

    private static CliResult score(String... args) {
        List<String> all = new ArrayList<>(List.of("score", "--no-default-rubrics", "--rubrics", DIR + "tiny-rubric.yaml",
                "--today", "2026-11-24"));
        all.addAll(List.of(args));
        return CliResult.run(all.toArray(String[]::new));
    }

    @Test
    void printsARankedTableAndExitsZero() {
        // when
        CliResult result = score(DIR + "projects");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo("""
                RANK  PROJECT  VERDICT    SCORE  HYPE  SUBST  CONF  PRIMARY TREND
                   1  Good     substance     65     0     30  0.56  -
                   2  Vapor    hype          35    30      0  0.52  -

                2 projects: 1 substance, 0 mixed, 1 hype, 0 unknown
                """);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void failOnHypeExitsOneAndSaysWhy() {
        // when
        CliResult result = score(DIR + "projects", "--fail-on", "hype");

        // then
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("fail: " + DIR + "projects/vapor.yaml: verdict hype (--fail-on hype)\n");
    }

    @Test
    void minScoreExitsOneBelowTheThreshold() {
        assertThat(score(DIR + "projects", "--min-score", "35").code()).isZero();
        assertThat(score(DIR + "projects", "--min-score", "36").code()).isEqualTo(1);
    }

    @Test
    void anInvalidFileExitsThreeButTheOthersAreStillScored() throws Exception {
        // when
        CliResult result = score(DIR + "bad", "--fail-on", "hype", "-f", "json");

        // then: 3 wins over 1
        assertThat(result.code()).isEqualTo(3);
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.path("summary").path("projects").asInt()).isEqualTo(2);
        assertThat(report.path("summary").path("errors").asInt()).isEqualTo(1);
        assertThat(report.path("errors").get(0).path("message").asText())
                .isEqualTo("token.market_cap_usd: expected an amount, got \"lots\"");
        assertThat(result.err()).isEqualTo("error: " + DIR + "bad/broken.yaml:3:19: token.market_cap_usd: expected an amount, got \"lots\"\n");
    }

    @Test
    void jsonReportFollowsTheSpecAndIsByteIdenticalAcrossRuns() throws Exception {
        // when
        CliResult first = score(DIR + "projects", "-f", "json");
        CliResult second = score(DIR + "projects", "-f", "json");

        // then
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode report = new ObjectMapper().readTree(first.out());
        assertThat(report.path("report_version").asInt()).isEqualTo(1);
        assertThat(report.path("tool").path("name").asText()).isEqualTo("hypecheck");
        JsonNode top = report.path("projects").get(0);
        List<String> keys = new ArrayList<>();
        top.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("rank", "id", "name", "file", "verdict", "score", "hype", "substance", "confidence",
                "primary_trend", "trends", "findings");
        assertThat(top.path("id").asText()).isEqualTo("good");
        assertThat(top.path("file").asText()).isEqualTo(DIR + "projects/good.yaml");
        assertThat(top.path("primary_trend").isNull()).isTrue();
        JsonNode finding = top.path("findings").get(0);
        assertThat(finding.path("rule").asText()).isEqualTo("tiny-live");
        assertThat(finding.path("evidence").get(0).path("line").asInt()).isEqualTo(2);
    }

    @Test
    void readsAProjectFromStandardInput() {
        // when
        CliResult result = CliResult.runWithInput("name: Piped\ntraction: {live: true}\n", "score", "--no-default-rubrics",
                "--rubrics", DIR + "tiny-rubric.yaml", "--today", "2026-11-24", "-f", "json", "-");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("\"id\": \"piped\"", "\"file\": \"-\"");
    }

    @Test
    void aBadOptionIsAUsageError() {
        // when
        CliResult result = score(DIR + "projects", "--fail-on", "maybe");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("error: Invalid value for option '--fail-on'");
    }

    @Test
    void aMissingPathIsAUsageError() {
        // when
        CliResult result = score("no/such/folder");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: no such file or folder: no/such/folder\n");
    }

    @Test
    void helpListsEveryFormatTheRegistryHas() {
        assertThat(ScoreCommand.FORMATS).isEqualTo(String.join(", ", io.hypecheck.report.Renderers.names()));
        assertThat(CliResult.run("score", "--help").out().replaceAll("\\s+", " ")).contains(ScoreCommand.FORMATS);
    }

    @Test
    void anUnknownFormatIsAUsageErrorBeforeAnythingIsScored() {
        // when
        CliResult result = score(DIR + "projects", "-f", "sarf");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("error: --format: unknown format 'sarf' (did you mean 'sarif'?)");
    }

    @Test
    void anEmptyFolderIsAUsageErrorNotAGreenRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
        // when
        CliResult result = score(empty.toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("error: no project files (*.yaml, *.yml) in " + empty + "; nothing to score\n");
    }

    @Test
    void quietLeavesOnlyErrorsAndFailReasonsVerboseAddsInfoLines() {
        // when
        CliResult normal = score(DIR + "projects", "--exclude", "nothing.yaml", "--fail-on", "hype");
        CliResult quiet = score(DIR + "projects", "--exclude", "nothing.yaml", "--fail-on", "hype", "--quiet");
        CliResult verbose = score("-v", DIR + "projects", "--exclude", "nothing.yaml", "-f", "json");

        // then
        assertThat(normal.code()).isEqualTo(1);
        assertThat(normal.err()).startsWith("warning: --exclude: 'nothing.yaml' matched no file").contains("fail: ");
        assertThat(quiet.code()).isEqualTo(1);
        assertThat(quiet.err()).doesNotContain("warning").contains("fail: " + DIR + "projects/vapor.yaml: verdict hype");
        assertThat(verbose.code()).isZero();
        assertThat(verbose.err()).contains("info: config: none\n", "info: 1 rubrics, ", "info: scored 2 projects, 0 files invalid, in ");
    }
}
