package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.engine.PluginJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A command that loads plugins runs in a JVM of its own: what a plugin writes to the process's
 * stdout never reaches the report, and a plugin that halts the JVM cannot make the run look done.
 */
class PluginProcessTest {

    @TempDir
    static Path dir;

    private static Path hostile;

    @BeforeAll
    static void buildThePlugins() throws Exception {
        hostile = PluginJars.build(dir, "hostile.jar", "HostileType", "MonthsSinceType");
        Files.writeString(dir.resolve("p.yaml"), "name: P\ntraction:\n  launched: 2020-01\n");
        Files.writeString(dir.resolve("bad.yaml"), "name: [unclosed\n");
        for (String does : List.of("nothing", "fdout", "halt")) {
            Files.createDirectories(dir.resolve(does));
            Files.writeString(dir.resolve(does).resolve("rubric.yaml"), """
                    id: hostile
                    title: Hostile
                    stance: cross-cutting
                    cites: {section: "S", title: "T"}
                    match: always
                    rules:
                      - id: h
                        title: H
                        when: {hostile: {does: %s}}
                        effect: hype
                        points: 5
                        why: w
                      - id: stale
                        title: Launched long ago
                        when: {months-since: {field: traction.launched, min: 24}}
                        effect: hype
                        points: 60
                        why: w
                    """.formatted(does));
        }
    }

    private static Subprocess score(String does, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("score", "p.yaml", "-f", "json", "--today", "2026-01-01",
                "--plugin", hostile.toString(), "--no-default-rubrics", "--rubrics", does + "/rubric.yaml"));
        args.addAll(List.of(more));
        return Subprocess.run(dir, Map.of(), List.of(), args.toArray(String[]::new));
    }

    @Test
    void aPluginWritingToTheProcessStdoutLeavesTheReportByteIdentical() throws Exception {
        // given
        Subprocess quiet = score("nothing");

        // when
        Subprocess writing = score("fdout");

        // then
        assertThat(writing.code()).isZero();
        assertThat(quiet.code()).isZero();
        assertThat(writing.out()).isEqualTo(quiet.out()).doesNotContain("garbage").startsWith("{");
        assertThat(writing.err()).contains("garbage from a plugin");
    }

    @Test
    void aPluginHaltingTheJvmWithZeroIsExitFourSayingPluginsWereLoaded() throws Exception {
        // when
        Subprocess result = score("halt");

        // then
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("error: internal error: the run with plugins loaded ended before hypecheck"
                + " finished (exit code 0; a plugin may have halted the JVM); no report was written\n");
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest(name = "{1} -> exit {0}")
    @CsvSource({"0, ''", "1, --min-score=50", "3, bad.yaml"})
    void aWellBehavedPluginsRunKeepsItsExitCodeAndReport(int code, String more) throws Exception {
        // when
        Subprocess result = more.isEmpty() ? score("nothing") : score("nothing", more);

        // then
        assertThat(result.code()).as(result.err()).isEqualTo(code);
        assertThat(result.out()).contains("\"rule\": \"stale\"").endsWith("}\n");
    }

    @Test
    void helpWithAPluginNamedPrintsTheHelpAsWithout() throws Exception {
        // when
        Subprocess result = Subprocess.run(dir, Map.of(), List.of(), "score", "--help", "--plugin", hostile.toString());

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("Usage: hypecheck score");
    }

    @Test
    void theRubricsCommandsRunWithPluginsInAJvmOfTheirOwnToo() throws Exception {
        // when
        Subprocess result = Subprocess.run(dir, Map.of(), List.of(), "rubrics", "list", "--plugin", hostile.toString(),
                "--no-default-rubrics", "--rubrics", "halt/rubric.yaml");

        // then: compiling the halting rule does not halt; listing prints the rubric
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("hostile");
    }
}
