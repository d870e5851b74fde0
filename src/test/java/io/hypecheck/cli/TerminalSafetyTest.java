package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Escape sequences written into a project file reach no terminal: black-box tests of the text outputs. */
class TerminalSafetyTest {

    /** A YAML escape for ESC: a title change, a screen clear and a right-to-left override. */
    private static final String HOSTILE = "name: \"Evil\\e]0;pwned\\a\\e[2J\\u202Eexe.yaml\"\nsummary: \"line one\\nline two\\e[31m\"\n"
            + "traction: {live: true}\n";

    @TempDir
    Path dir;

    @Test
    void neutralisesControlCharactersInTheTableExplainAndMarkdown() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("evil.yaml"), HOSTILE);

        // when
        CliResult table = CliResult.run("score", file.toString(), "--today", "2026-11-24");
        CliResult explain = CliResult.run("explain", file.toString(), "--today", "2026-11-24");
        CliResult markdown = CliResult.run("score", file.toString(), "-f", "markdown", "--today", "2026-11-24");
        CliResult github = CliResult.run("score", file.toString(), "-f", "github", "--today", "2026-11-24");

        // then
        for (CliResult result : new CliResult[] {table, explain, markdown, github}) {
            assertThat(result.code()).isZero();
            assertThat(result.out()).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E");
        }
        assertThat(table.out()).contains("Evil\\x1B]0;pwned\\x07");
        assertThat(explain.out()).startsWith("Evil\\x1B]0;pwned\\x07\\x1B[2J\\u202Eexe.yaml (");
    }
}
