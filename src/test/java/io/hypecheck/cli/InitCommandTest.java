package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hypecheck init}: a watchlist that scores at once, and is what samples/watchlist holds. */
class InitCommandTest {

    private static final Path SAMPLE = Path.of("samples/watchlist");

    @TempDir
    Path dir;

    @Test
    void samplesWatchlistIsExactlyWhatInitWrites() throws IOException {
        // given
        Map<String, String> files = InitCommand.files(Version.current(), InitCommand.RELEASE_REPO);

        // when
        List<String> sample;
        try (Stream<Path> walk = Files.walk(SAMPLE)) {
            sample = walk.filter(Files::isRegularFile).map(p -> SAMPLE.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("reports/")).sorted().toList();
        }

        // then (regenerate with: java -jar target/hypecheck.jar init --force samples/watchlist)
        assertThat(sample).containsExactlyInAnyOrderElementsOf(files.keySet());
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertThat(Files.readString(SAMPLE.resolve(file.getKey()), StandardCharsets.UTF_8)).as(file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void writesAWatchlistThatScoresWithItsOwnConfig() throws IOException {
        // when
        CliResult init = CliResult.run("init", dir.toString());
        CliResult score = CliResult.run("score", dir.resolve("projects").toString(), "--today", "2026-11-24");

        // then
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("created " + dir.resolve(".github/workflows/hypecheck.yml"));
        assertThat(Files.readString(dir.resolve("projects/olas.yaml")))
                .startsWith("# yaml-language-server: $schema=../project.schema.json\n");
        assertThat(score.code()).isZero();
        assertThat(dir.resolve("reports/hypecheck.sarif")).exists();
        assertThat(Files.readString(dir.resolve("reports/summary.md"))).contains("### ✅ Passed");
        assertThat(score.out()).doesNotContain("::error");
    }

    @Test
    void leavesExistingFilesAloneUnlessForced() throws IOException {
        // given
        Path config = Files.writeString(dir.resolve(".hypecheck.yaml"), "paths: [mine]\n");

        // when
        CliResult refused = CliResult.run("init", dir.toString());
        String kept = Files.readString(config);
        boolean wroteProjects = Files.exists(dir.resolve("projects"));
        CliResult forced = CliResult.run("init", "--force", dir.toString());

        // then
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("error: init: " + dir + " already has .hypecheck.yaml; nothing was written "
                + "(--force overwrites them)\n");
        assertThat(kept).isEqualTo("paths: [mine]\n");
        assertThat(wroteProjects).isFalse();
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(config)).startsWith("# hypecheck settings");
    }

    @Test
    void theWorkflowDownloadsFromTheReleaseRepoItIsGiven() throws IOException {
        // when
        CliResult init = CliResult.run("init", "--release-repo", "my-org/hypecheck.fork", dir.toString());

        // then
        assertThat(init.code()).isZero();
        assertThat(Files.readString(dir.resolve(".github/workflows/hypecheck.yml")))
                .contains("HYPECHECK_REPO: \"my-org/hypecheck.fork\"").doesNotContain(InitCommand.RELEASE_REPO);
    }

    @Test
    void aReleaseRepoThatIsNotOwnerSlashNameIsAUsageErrorAndWritesNothing() {
        // when
        CliResult init = CliResult.run("init", "--release-repo", "owner/name\" # injected", dir.toString());

        // then
        assertThat(init.code()).isEqualTo(2);
        assertThat(init.err()).isEqualTo("error: init: --release-repo must be a GitHub repository as OWNER/NAME, got "
                + "'owner/name\" # injected'\n");
        assertThat(dir.resolve(".github")).doesNotExist();
    }
}
