package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -f html} from the command line: to standard output, or to a file, the same bytes every time. */
class HtmlReportCliTest {

    @Test
    void writesThePageToStandardOutputWhenItIsTheOneStdoutFormat() {
        // when
        CliResult result = CliResult.run("score", "src/test/resources/cli/projects", "--today", "2026-11-24", "-f", "html");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n").contains("<svg id=\"chart\"");
    }

    @Test
    void writesTheSameBytesToAFileForTheSameInputs(@TempDir Path dir) throws Exception {
        // given
        Path first = dir.resolve("first.html");
        Path second = dir.resolve("second.html");

        // when
        CliResult one = CliResult.run("score", "samples/", "--today", "2026-11-24", "-f", "html=" + first);
        CliResult two = CliResult.run("score", "samples/", "--today", "2026-11-24", "-f", "html=" + second, "-f", "json");

        // then
        assertThat(one.code()).isZero();
        assertThat(two.code()).isZero();
        assertThat(one.out()).isEmpty();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readString(first, StandardCharsets.UTF_8)).contains("Goatseus Maximus");
    }
}
