package io.hypecheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.score.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineReaderTest {

    @Test
    void readsEachProjectsIdScoreAndVerdictKeepingTheFirstOfARepeatedId(@TempDir Path dir) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("old.json"), """
                {"report_version": 1, "projects": [
                  {"id": "a", "name": "A", "file": "a.yaml", "score": 61, "verdict": "substance"},
                  {"id": "b", "name": "B", "file": "b.yaml", "score": 40, "verdict": "hype"},
                  {"id": "a", "name": "A again", "file": "a2.yaml", "score": 10, "verdict": "hype"}]}
                """);

        // when
        Comparison comparison = BaselineReader.read(file, 1);

        // then
        assertThat(comparison.baseline()).containsOnlyKeys("a", "b");
        assertThat(comparison.baseline().get("a")).isEqualTo(new Previous("a", "A", "a.yaml", 61, Verdict.SUBSTANCE));
    }

    @Test
    void refusesAnotherReportVersionAsAConfigurationError(@TempDir Path dir) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("old.json"), "{\"report_version\": 2, \"projects\": []}");

        // when / then
        assertThatThrownBy(() -> BaselineReader.read(file, 1)).isInstanceOf(HypecheckException.class)
                .hasMessageContaining("not a hypecheck JSON report (report_version 1 with projects)");
    }

    @Test
    void namesTheFieldOfAProjectWithoutAnIntegerScore(@TempDir Path dir) throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("old.json"),
                "{\"report_version\": 1, \"projects\": [{\"id\": \"a\", \"verdict\": \"mixed\", \"score\": \"high\"}]}");

        // when / then
        assertThatThrownBy(() -> BaselineReader.read(file, 1)).hasMessageEndingWith("projects[0].score: expected an integer from 0 to 100");
    }
}
