package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.engine.PluginJars;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the example plugin jar, then scores with a rubric that uses its rule type. */
class PluginEndToEndTest {

    @TempDir
    Path dir;

    private Path rubric(String type) throws Exception {
        return Files.writeString(dir.resolve("stale.yaml"), """
                id: stale-facts
                title: Stale facts
                stance: cross-cutting
                cites: {section: "Distorção da realidade Web3-AI", title: "The Web3-AI reality distortion"}
                match: always
                rules:
                  - id: stale-launch
                    title: Launched long ago
                    when: {%s: {field: traction.launched, min: 24}}
                    effect: substance
                    points: 10
                    why: Time in production is evidence of a tangible application.
                """.formatted(type));
    }

    private Path project() throws Exception {
        return Files.writeString(dir.resolve("old.yaml"), """
                name: Old Project
                traction:
                  launched: 2020-01
                """);
    }

    @Test
    void scoresWithARuleTypeFromAPluginJar() throws Exception {
        // given
        Path jar = PluginJars.build(dir, "months.jar", "MonthsSinceType");

        // when
        CliResult result = CliResult.run("explain", project().toString(), "--plugin", jar.toString(),
                "--no-default-rubrics", "--rubrics", rubric("months-since").toString(), "--today", "2026-11-24");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("+10 Launched long ago [stale-facts/stale-launch, other]")
                .contains("traction.launched = \"2020-01 (82 months ago)\" at line 3, column 13");
    }

    @Test
    void withoutThePluginTheTypeIsUnknown() throws Exception {
        // when
        CliResult result = CliResult.run("score", project().toString(), "--no-default-rubrics",
                "--rubrics", rubric("months-since").toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("rule stale-launch: unknown rule type 'months-since'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aCrashingPluginExitsFourNamingPluginRuleAndFile() throws Exception {
        // given
        Path jar = PluginJars.build(dir, "crash.jar", "CrashingType");

        // when
        CliResult result = CliResult.run("score", project().toString(), "--plugin", jar.toString(),
                "--no-default-rubrics", "--rubrics", rubric("crashing").toString());

        // then
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).contains("rule type 'crashing' (crash.jar) crashed on rule stale-launch of rubric stale-facts for "
                + project()).doesNotContain("\tat ");
    }
}
