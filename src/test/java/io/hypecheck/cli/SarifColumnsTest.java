package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF declares UTF-16 columns; text and explain count characters, as editors show them. */
class SarifColumnsTest {

    @TempDir
    Path dir;

    @Test
    void countsUtf16CodeUnitsInSarifAndCharactersElsewhere() throws Exception {
        // given: an emoji (two UTF-16 units, one character) before the matched words
        Path file = Files.writeString(dir.resolve("emoji.yaml"), "name: X\nsummary: \"\uD83D\uDE00 memecoin with no utility\"\n");

        // when
        CliResult sarif = CliResult.run("score", file.toString(), "-f", "sarif", "--source-root", dir.toString());
        CliResult explain = CliResult.run("explain", file.toString());

        // then
        assertThat(sarif.code()).isZero();
        JsonNode run = new ObjectMapper().readTree(sarif.out()).path("runs").get(0);
        assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
        JsonNode region = null;
        for (JsonNode result : run.path("results")) {
            if (result.path("ruleId").asText().equals("rc-memecoin")) {
                region = result.path("locations").get(0).path("physicalLocation").path("region");
            }
        }
        assertThat(region).isNotNull();
        assertThat(region.path("startColumn").asInt()).isEqualTo(14);
        assertThat(region.path("endColumn").asInt()).isEqualTo(22);
        assertThat(explain.out()).contains("summary = \"memecoin\" at line 2, column 13");
    }
}
