package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project files written apart from the samples, in other analysts' words (English and
 * Portuguese), each naming on its first line the trend the built-in rubrics must give it as
 * primary ({@code # expect: none} for no trend): a guard against rubrics that fit only the samples.
 */
class RubricProbesTest {

    private static final Path PROBES = Path.of("src", "test", "resources", "probes");

    static Stream<String> probes() throws IOException {
        try (Stream<Path> files = Files.list(PROBES)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("probes")
    void givesEachProbeItsExpectedPrimaryTrend(String name) throws Exception {
        // given
        Path file = PROBES.resolve(name);
        String expected = Files.readAllLines(file).get(0).replace("# expect:", "").strip();

        // when
        CliResult result = CliResult.run("explain", file.toString(), "--json", "--today", "2026-11-24");

        // then
        assertThat(result.code()).isZero();
        JsonNode project = new ObjectMapper().readTree(result.out());
        List<String> trends = new ArrayList<>();
        project.path("trends").forEach(t -> trends.add(t.path("id").asText()));
        if (expected.equals("none")) {
            assertThat(trends).as("trends of %s", name).isEmpty();
        } else {
            assertThat(project.path("primary_trend").asText()).as("primary trend of %s (trends %s)", name, trends)
                    .isEqualTo(expected);
        }
    }
}
