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

    @Test
    void namesTheLineAndColumnOfTheValueThatIsWrong(@TempDir Path dir) throws IOException {
        // given: the second project's score, on line 5 at column 32
        Path file = Files.writeString(dir.resolve("old.json"), """
                {"report_version": 1,
                 "projects": [
                  {"id": "a", "verdict": "hype", "score": 5},
                  {"id": "b",
                   "verdict": "hype", "score": 1e99},
                  {"verdict": "hype"}]}
                """);

        // when / then
        assertThatThrownBy(() -> BaselineReader.read(file, 1))
                .hasMessage("--baseline " + file + ":5:32: projects[1].score: expected an integer from 0 to 100");
    }

    @Test
    void namesTheProjectWhenAFieldIsMissingAndWhereMalformedJsonStops(@TempDir Path dir) throws IOException {
        // given
        Path missing = Files.writeString(dir.resolve("missing.json"), "{\"report_version\": 1, \"projects\": [{\"verdict\": \"hype\"}]}");
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(3000) + "]".repeat(3000));
        Path cut = Files.writeString(dir.resolve("cut.json"), "{\"report_version\": 1,\n \"projects\": [");

        // when / then
        assertThatThrownBy(() -> BaselineReader.read(missing, 1))
                .hasMessage("--baseline " + missing + ":1:36: projects[0].id: expected a string");
        assertThatThrownBy(() -> BaselineReader.read(deep, 1))
                .hasMessageStartingWith("--baseline " + deep + ":1:1002: not a JSON report: nested too deeply");
        assertThatThrownBy(() -> BaselineReader.read(cut, 1))
                .hasMessageStartingWith("--baseline " + cut + ":2:15: not a JSON report: Unexpected end-of-input")
                .hasMessageNotContaining("Source");
    }

    @Test
    void aMissingBaselineSaysNoSuchFile(@TempDir Path dir) {
        Path missing = dir.resolve("gone.json");
        assertThatThrownBy(() -> BaselineReader.read(missing, 1)).hasMessage("--baseline " + missing + ": cannot read: no such file");
    }
}
