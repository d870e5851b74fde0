package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI uses: several reports in one run, baselines, regressions, exemptions and a config file. */
class WatchlistCiTest {

    private static final String RUBRIC = "src/test/resources/cli/tiny-rubric.yaml";
    private static final String PROJECTS = "src/test/resources/cli/projects";

    @TempDir
    Path dir;

    private static CliResult score(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"score", "--no-default-rubrics", "--rubrics", RUBRIC, "--today", "2026-11-24"}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return CliResult.run(all);
    }

    @Test
    void writesSeveralFormatsInOneRunWithOnlyOneOnStdout() throws Exception {
        // when
        Path json = dir.resolve("out/report.json");
        CliResult result = score(PROJECTS, "-f", "table", "-f", "json=" + json);

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("RANK  PROJECT");
        assertThat(new ObjectMapper().readTree(json.toFile()).path("summary").path("projects").asInt()).isEqualTo(2);
        assertThat(Files.list(json.getParent())).containsExactly(json);
    }

    @Test
    void twoFormatsOnStdoutIsAUsageError() {
        // when
        CliResult result = score(PROJECTS, "-f", "table", "-f", "json");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: --format: only one format may write to standard output; give the others =FILE\n");
    }

    @Test
    void comparesWithABaselineAndFailsOnRegression() throws Exception {
        // given: a baseline where Vapor scored 60 and a project since removed
        Path baseline = Files.writeString(dir.resolve("previous.json"), """
                {"report_version": 1, "projects": [
                  {"id": "vapor", "name": "Vapor", "file": "x/vapor.yaml", "score": 60, "verdict": "substance"},
                  {"id": "gone", "name": "Gone", "file": "x/gone.yaml", "score": 50, "verdict": "mixed"}]}
                """);

        // when
        CliResult result = score(PROJECTS, "-f", "json", "--baseline", baseline.toString(), "--fail-on-regression", "10");

        // then
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("vapor.yaml: score fell 25 points since the baseline (--fail-on-regression 10)",
                "vapor.yaml: verdict worsened to hype since the baseline");
        JsonNode report = new ObjectMapper().readTree(result.out());
        JsonNode vapor = report.path("projects").get(1);
        assertThat(vapor.path("delta").asInt()).isEqualTo(-25);
        assertThat(vapor.path("previous_verdict").asText()).isEqualTo("substance");
        assertThat(report.path("projects").get(0).path("new").asBoolean()).isTrue();
        assertThat(report.path("baseline").path("removed").get(0).path("id").asText()).isEqualTo("gone");
    }

    @Test
    void aBrokenBaselineIsAConfigurationError() throws Exception {
        // given
        Path baseline = Files.writeString(dir.resolve("previous.json"), "{not json");

        // when
        CliResult result = score(PROJECTS, "--baseline", baseline.toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: --baseline " + baseline + ":1:2: not a JSON report");
    }

    @Test
    void regressionWithoutABaselineIsAUsageError() {
        assertThat(score(PROJECTS, "--fail-on-regression", "5").code()).isEqualTo(2);
    }

    @Test
    void aConfigExemptionSuppressesAFindingAndUnusedOnesWarn() throws Exception {
        // given
        Path config = Files.writeString(dir.resolve("hc.yaml"), """
                exemptions:
                  - {project: vapor, rule: tiny-no-code, reason: "code is private until the audit ends", until: 2027-03-01}
                  - {project: ghost, rule: tiny-live, reason: "no such project"}
                  - {project: vapor, rule: tiny-no-code-valued, reason: "code is private until the audit ends"}
                """);

        // when
        CliResult result = score(PROJECTS, "--config", config.toString(), "-f", "json");

        // then
        assertThat(result.code()).isZero();
        JsonNode vapor = new ObjectMapper().readTree(result.out()).path("projects").get(1);
        assertThat(vapor.path("hype").asInt()).isZero();
        assertThat(vapor.path("suppressed").get(0).path("reason").asText()).isEqualTo("code is private until the audit ends");
        assertThat(result.err()).isEqualTo("warning: " + config + ":3:5: unused exemption: no project with id 'ghost' was scored\n");
    }

    @Test
    void configFailConditionAppliesAndFlagsOverrideIt() throws Exception {
        // given
        Path failOnHype = Files.writeString(dir.resolve("hype.yaml"), "fail_on: hype\n");
        Path strict = Files.writeString(dir.resolve("strict.yaml"), "min_score: 90\n");

        // then
        assertThat(score(PROJECTS, "--config", failOnHype.toString()).code()).isEqualTo(1);
        assertThat(score(PROJECTS, "--config", strict.toString()).code()).isEqualTo(1);
        assertThat(score(PROJECTS, "--config", strict.toString(), "--min-score", "10").code()).isZero();
    }

    @Test
    void aBrokenConfigIsExitTwoWithItsPosition() throws Exception {
        // given
        Path config = Files.writeString(dir.resolve("hc.yaml"), "fail_on: sometimes\n");

        // when
        CliResult result = score(PROJECTS, "--config", config.toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: " + config + ":1:10: fail_on must be hype or mixed, got 'sometimes'\n");
    }

    @Test
    void theExampleWatchlistScoresWithItsConfigAndExemption() throws Exception {
        // when
        CliResult result = CliResult.run("score", "--config", "samples/watchlist/.hypecheck.yaml", "-f", "json",
                "--today", "2026-11-24");

        // then
        assertThat(result.code()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.path("summary").path("projects").asInt()).isEqualTo(1);
        assertThat(report.path("summary").path("hype").asInt()).isZero();
        JsonNode olas = null;
        for (JsonNode project : report.path("projects")) {
            if (project.path("id").asText().equals("olas")) {
                olas = project;
            }
        }
        assertThat(olas).isNotNull();
        assertThat(olas.path("suppressed").get(0).path("rule").asText()).isEqualTo("rc-decentralized-but-central-ai");
        assertThat(olas.path("file").asText()).isEqualTo("samples/watchlist/projects/olas.yaml");
    }

    @Test
    void scoringTheSamplesFolderLeavesTheNestedWatchlistOut() throws Exception {
        // when
        JsonNode report = new ObjectMapper().readTree(CliResult.run("score", "samples", "-f", "json", "--today", "2026-11-24").out());

        // then
        assertThat(report.path("summary").path("projects").asInt()).isEqualTo(12);
    }
}
