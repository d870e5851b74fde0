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

/** Whatever a plugin does (throw an error, loop, exit, print), the run ends with exit 4 and one line naming it. */
class PluginFailureTest {

    @TempDir
    static Path dir;

    private static Path jar;

    @BeforeAll
    static void buildThePlugin() throws Exception {
        jar = PluginJars.build(dir, "hostile.jar", "HostileType");
        Files.writeString(dir.resolve("p.yaml"), "name: P\n");
    }

    private static Path rubric(String does, String when) throws Exception {
        return Files.writeString(dir.resolve(does + "-" + when + ".yaml"), """
                id: hostile-%s
                title: Hostile
                stance: cross-cutting
                cites: {section: "S", title: "T"}
                match: always
                rules:
                  - id: h-%s
                    title: H
                    when: {hostile: {does: %s, when: %s}}
                    effect: hype
                    points: 5
                    why: w
                """.formatted(does, does, does, when));
    }

    @ParameterizedTest(name = "{0} while {1}")
    @CsvSource({"stack, evaluate", "stack, compile", "assert, evaluate", "assert, compile",
        "noclass, evaluate", "noclass, compile"})
    void anErrorOrALoopIsExitFourNamingThePlugin(String does, String when) throws Exception {
        // when
        CliResult result = CliResult.run("score", dir.resolve("p.yaml").toString(), "--plugin", jar.toString(),
                "--no-default-rubrics", "--rubrics", rubric(does, when).toString(), "--plugin-timeout", "0.5");

        // then
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).contains("rule type 'hostile' (hostile.jar)").doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest(name = "while {0}")
    @CsvSource({"evaluating", "compiling"})
    void aLoopingPluginIsStoppedAfterTheTimeLimit(String doing) throws Exception {
        // given: its own JVM, for the abandoned thread spins on
        Path rubric = rubric("loop", doing.equals("compiling") ? "compile" : "evaluate");

        // when
        Subprocess result = Subprocess.run(dir, Map.of(), List.of(), "score", "p.yaml", "--plugin", jar.toString(),
                "--no-default-rubrics", "--rubrics", rubric.toString(), "--plugin-timeout", "0.3");

        // then
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).contains("rule type 'hostile' (hostile.jar)")
                .contains("did not finish " + doing + " within 0.3 s (see --plugin-timeout)");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void aBadTimeLimitIsAUsageError() {
        assertThat(CliResult.run("score", dir.resolve("p.yaml").toString(), "--plugin-timeout", "0").code()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} while {1}")
    @CsvSource({"oom, evaluate", "exit, evaluate", "exit, compile"})
    void runningOutOfMemoryOrCallingSystemExitIsExitFour(String does, String when) throws Exception {
        // when
        Subprocess result = Subprocess.run(dir, Map.of(), List.of("-Xmx64m"), "score", "p.yaml",
                "--plugin", jar.toString(), "--no-default-rubrics", "--rubrics", rubric(does, when).toString());

        // then
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err().lines()).hasSize(1).first().asString().startsWith("error: ");
        assertThat(result.err()).doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void aPluginPrintingToStandardOutputCannotCorruptTheReport() throws Exception {
        // when
        Subprocess result = Subprocess.run(dir, Map.of(), List.of(), "score", "p.yaml", "-f", "json",
                "--plugin", jar.toString(), "--no-default-rubrics", "--rubrics", rubric("print", "evaluate").toString());

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).doesNotContain("forged").startsWith("{");
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
        assertThat(result.err()).contains("{\"forged\": true}");
    }

    @Test
    void aPluginRunningOutOfMemoryWhileDeclaringItselfIsExitFourNamingIt() throws Exception {
        // given
        Path misdeclared = PluginJars.build(dir, "misdeclared.jar", "MisdeclaredType");

        // when
        Subprocess result = Subprocess.run(dir, Map.of(), List.of("-Xmx64m", "-Dmisdeclared=oom"), "rubrics", "types",
                "--plugin", misdeclared.toString());

        // then
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("error: internal error: rule type 'misdeclared' (misdeclared.jar) failed:"
                + " java.lang.OutOfMemoryError: Java heap space\n");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "-Xmx{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"10m", "12m"})
    void runningOutOfMemoryAnywhereIsOneLineSayingSo(String heap) throws Exception {
        // when: a heap too small for some step (which one depends on the JVM; below about 8 MiB the JVM itself may fail to start)
        Subprocess result = Subprocess.run(dir, Map.of(), List.of("-Xmx" + heap), "rubrics", "test");

        // then: either it fits, or exit 4 with the one out-of-memory line, whoever noticed it
        if (result.code() != 0) {
            assertThat(result.code()).as(result.err()).isEqualTo(4);
            assertThat(result.err()).isEqualTo("error: internal error: out of memory (give Java more with -Xmx, or look for a very large input)\n");
        }
    }
}
