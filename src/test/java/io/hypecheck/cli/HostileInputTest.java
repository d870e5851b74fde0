package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input written as an attacker would: one bad project file never stops the run (exit 3, the
 * others scored), and a bad rubric, baseline or glob is exit 2 with file, line and column.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static final String RUBRIC = """
            id: hostile
            title: Hostile
            stance: cross-cutting
            cites: {section: "S", title: "T"}
            match: always
            rules:
              - id: h1
                title: H
                when: %s
                effect: hype
                points: 5
                why: w
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "newline in a quoted key => name: A\\n\"tok\\\\nen\": 1\\ntraction: {live: \"a\\\\nb\"}\\n",
        "a huge exponent => name: A\\ntoken: {market_cap_usd: 1e999999999, fdv_usd: 1}\\n",
        "a long exponent => name: A\\ntraction: {revenue_usd_annual: 1e10000000}\\n",
        "a recursive alias => name: A\\nclaims: &c [a, *c]\\n",
        "a list as a key => name: A\\n? [a]\\n: b\\n",
        "a scalar alias bomb => SCALAR_BOMB",
    })
    void oneBadFileNeverStopsTheRun(String what, String content) throws Exception {
        // given
        String text = content.equals("SCALAR_BOMB")
                ? "name: A\nsummary: &b \"" + "x".repeat(200_000) + "\"\nclaims: [" + "*b, ".repeat(39) + "*b]\n"
                : content.replace("\\n", "\n");
        Files.writeString(dir.resolve("a-bad.yaml"), text);
        Files.writeString(dir.resolve("b-good.yaml"), "name: Good\ntoken: {market_cap_usd: 1000, fdv_usd: 10}\n");

        // when
        CliResult result = CliResult.run("score", dir.toString(), "-f", "json", "--today", "2026-11-24");

        // then
        assertThat(result.code()).as(result.err()).isEqualTo(3);
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.path("projects")).hasSize(1);
        assertThat(report.path("projects").get(0).path("name").asText()).isEqualTo("Good");
        assertThat(report.path("errors").get(0).path("file").asText()).endsWith("a-bad.yaml");
        assertThat(result.out()).hasSizeLessThan(100_000);
        assertThat(result.err().lines()).allMatch(line -> line.startsWith("error: ") || line.startsWith("warning: "));
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws Exception {
        // given: 3 GiB, sparse
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("huge.yaml").toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        Files.writeString(dir.resolve("ok.yaml"), "name: Ok\n");

        // when
        CliResult result = CliResult.run("score", dir.toString(), "-f", "json");

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("huge.yaml: file is larger than 1 MiB");
        assertThat(new ObjectMapper().readTree(result.out()).path("projects")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "&w {all: [{present: name}, *w]} => 9:38: the alias '*w' is used inside the node it names",
        "{range: {? [a]\\n : b}} => 9:22: rule h1: range: a parameter name must be a plain word, not a list",
        "{regex: '(a{1000}){1000}'} => 9:19: rule h1: regex: pattern too large",
        "{regex: '(\\w+) \\1'} => 9:19: rule h1: regex: invalid pattern: backreferences ('\\1') are not supported",
        "{range: {field: token.fdv_usd, min: 99999999999999999999}} => 9:47: rule h1: range: min: out of range",
        "{? [a] : b} => 9:14: rule h1: a rule type name must be a plain word, not a list",
    })
    void aBadRubricIsExitTwoWithFileLineAndColumn(String when, String message) throws Exception {
        // given
        Path rubric = Files.writeString(dir.resolve("r.yaml"), RUBRIC.formatted(when.replace("\\n", "\n")));
        Files.writeString(dir.resolve("p.yaml"), "name: P\n");

        // when
        CliResult result = CliResult.run("score", dir.resolve("p.yaml").toString(), "--rubrics", rubric.toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: " + rubric + ":" + message);
        assertThat(result.err().lines()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"device", "deep", "long-number", "absurd-score"})
    void aBadBaselineIsExitTwo(String kind) throws Exception {
        // given
        Path baseline = switch (kind) {
            case "device" -> Path.of("/dev/zero");
            case "deep" -> Files.writeString(dir.resolve("b.json"), "[".repeat(5000) + "]".repeat(5000));
            case "long-number" -> Files.writeString(dir.resolve("b.json"), "{\"report_version\": " + "9".repeat(5000) + "}");
            default -> Files.writeString(dir.resolve("b.json"),
                    "{\"report_version\": 1, \"projects\": [{\"id\": \"a\", \"verdict\": \"hype\", \"score\": 1e999999}]}");
        };
        Files.writeString(dir.resolve("p.yaml"), "name: P\n");

        // when
        CliResult result = CliResult.run("score", dir.resolve("p.yaml").toString(), "--baseline", baseline.toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).matches(kind.equals("device") ? "error: --baseline \\Q" + baseline + "\\E: cannot read: .*\n"
                : "error: --baseline \\Q" + baseline + "\\E:1:[0-9]+: .*\n");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void anInvalidExcludeGlobIsExitTwoOnTheCommandLineAndInTheConfig() throws Exception {
        // given
        Files.writeString(dir.resolve("p.yaml"), "name: P\n");
        Path config = Files.writeString(dir.resolve("c.yaml"), "exclude: [drafts, \"{a,b\"]\n");

        // when
        CliResult flag = CliResult.run("score", dir.toString(), "--exclude", "[a");
        CliResult file = CliResult.run("score", dir.toString(), "--config", config.toString());

        // then
        assertThat(flag.code()).isEqualTo(2);
        assertThat(flag.err()).startsWith("error: --exclude: invalid glob '[a': ");
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).startsWith("error: " + config + ":1:19: exclude: invalid glob '{a,b': ");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "[!]|Unclosed character class",
        "!drafts|negation ('!') is not supported; exclude what you mean directly"})
    void anExcludeGlobTheMatcherCannotReadIsExitTwoInEveryCommand(String glob, String reason) throws Exception {
        // given
        Files.writeString(dir.resolve("p.yaml"), "name: P\n");
        Path config = Files.writeString(dir.resolve("c.yaml"), "exclude: ['" + glob + "']\n");

        // when
        CliResult flag = CliResult.run("score", dir.toString(), "--exclude", glob);
        CliResult validate = CliResult.run("validate", dir.toString(), "--exclude", glob);
        CliResult file = CliResult.run("score", dir.toString(), "--config", config.toString());

        // then: a usage error with the reason, never an internal error or a pattern silently matching nothing
        assertThat(flag.code()).isEqualTo(2);
        assertThat(flag.err()).isEqualTo("error: --exclude: invalid glob '" + glob + "': " + reason + "\n");
        assertThat(validate.code()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo(flag.err());
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).isEqualTo("error: " + config + ":1:11: exclude: invalid glob '" + glob + "': " + reason + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "--rubrics|/dev/zero|error: cannot read rubric /dev/zero: not a regular file (a FIFO, socket, device or folder)",
        "--config|/dev/zero|error: config file /dev/zero: not a regular file (a FIFO, socket, device or folder)",
        "--plugin-timeout|1e308|error: --plugin-timeout: expected seconds above 0 and at most 86400, got 1E+308"})
    void aDeviceOrAnAbsurdValueForAnOptionIsExitTwoSaidAsItIs(String option, String value, String message) throws Exception {
        // given
        Path project = Files.writeString(dir.resolve("p.yaml"), "name: P\n");

        // when
        CliResult result = CliResult.run("score", project.toString(), option, value);

        // then: not "no such file" for a file that exists, and no thousand-digit number
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(message + "\n");
    }

    @Test
    void factsDatedInTheFutureAreAWarning() throws Exception {
        // given
        Path project = Files.writeString(dir.resolve("p.yaml"), "name: P\nas_of: 2030-01-01\n");

        // when
        CliResult result = CliResult.run("score", project.toString(), "--today", "2026-11-24");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.err()).contains("warning: " + project + ":2:8: as_of: 2030-01-01 is after today (2026-11-24)");
    }

    @Test
    void explainOverAFolderWithABadFileIsExitThree() throws Exception {
        // given
        Files.writeString(dir.resolve("a.yaml"), "name: A\n");
        Files.writeString(dir.resolve("b.yaml"), "name: [\n");

        // when
        CliResult result = CliResult.run("explain", dir.toString());

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).startsWith("A (");
    }

    @Test
    void aFileThatMakesARegexWorkWithoutEndLeavesThatRuleUnknownWithOneWarning() throws Exception {
        // given: ~900 KB of claims in which every match of the rule's pattern is negated, so the search never stops early
        StringBuilder file = new StringBuilder("name: Hostile\nclaims:\n");
        String claim = "we do not use zk for inference ".repeat(640);
        for (int i = 0; i < 45; i++) {
            file.append("  - \"").append(claim).append("\"\n");
        }
        Files.writeString(dir.resolve("hostile.yaml"), file);
        Files.writeString(dir.resolve("good.yaml"), "name: Good\nclaims: [\"we use zk for inference\"]\n");
        Files.writeString(dir.resolve("rubric.yaml"), RUBRIC.formatted("{regex: 'zk[^.;]{0,40}inference'}"));

        // when
        CliResult result = CliResult.run("score", dir.resolve("hostile.yaml").toString(), dir.resolve("good.yaml").toString(),
                "-f", "json", "--today", "2026-11-24", "--no-default-rubrics", "--rubrics", dir.resolve("rubric.yaml").toString());

        // then: the hostile file's rule is unknown, not false; the good file's still fires; one warning names file and rule
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode projects = new ObjectMapper().readTree(result.out()).get("projects");
        JsonNode hostile = projects.get(0).get("name").asText().equals("Hostile") ? projects.get(0) : projects.get(1);
        JsonNode good = projects.get(0) == hostile ? projects.get(1) : projects.get(0);
        assertThat(hostile.get("rules_unknown").asInt()).isEqualTo(1);
        assertThat(hostile.get("findings")).isEmpty();
        assertThat(good.get("findings")).hasSize(1);
        assertThat(result.err()).isEqualTo("warning: " + dir.resolve("hostile.yaml") + ": rule h1 of rubric hostile: its regular"
                + " expressions would scan more than 200000 characters of this file (their work limit); the rule is"
                + " unknown for this file\n");
    }
}
