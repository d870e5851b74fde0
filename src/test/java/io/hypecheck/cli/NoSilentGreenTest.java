package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run never passes on nothing: black-box tests of what score and explain do when there is little or nothing to score. */
class NoSilentGreenTest {

    private static final String RUBRIC = Path.of("src/test/resources/cli/tiny-rubric.yaml").toAbsolutePath().toString();
    private static final String VAPOR = "name: Vapor\ntraction: {live: false}\nsources: [\"https://vapor.example\"]\nas_of: 2026-10\n";
    private static final String GOOD = "name: Good\ntraction: {live: true}\nsources: [\"https://good.example\"]\nas_of: 2026-10\n";

    @TempDir
    Path dir;

    private static CliResult score(String... args) {
        List<String> all = new ArrayList<>(List.of("score", "--no-default-rubrics", "--rubrics", RUBRIC, "--today", "2026-11-24"));
        all.addAll(List.of(args));
        return CliResult.run(all.toArray(String[]::new));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aFolderWithoutProjectFilesIsAUsageError() throws IOException {
        // given
        write("empty/readme.md", "# nothing\n");

        // when
        CliResult result = score(dir.resolve("empty").toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("error: no project files (*.yaml, *.yml) in " + dir.resolve("empty") + "; nothing to score\n");
    }

    @Test
    void aFolderWhoseFilesAreAllExcludedIsAUsageErrorToo() throws IOException {
        // given
        write("w/drafts/a.yaml", VAPOR);

        // when
        CliResult result = score(dir.resolve("w").toString(), "--exclude", "drafts/");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("once excludes are applied");
    }

    @Test
    void scoreWithoutAPathOrConfigPathsIsAUsageError() {
        // when: the project folder has no .hypecheck.yaml
        CliResult result = score();

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: nothing to score: give a PATH");
    }

    @Test
    void warnsAboutAnExcludePatternThatMatchesNothing() throws IOException {
        // given
        write("w/good.yaml", GOOD);
        write("w/x/old-draft.yaml", VAPOR);

        // when
        CliResult result = score(dir.resolve("w").toString(), "--exclude", "*-draft.yaml", "--exclude", "drafts/", "-f", "json");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.err()).isEqualTo("warning: --exclude: 'drafts/' matched no file under " + dir.resolve("w") + "\n");
    }

    @Test
    void findsTheConfigAtOrAboveTheScoredPathsNotOnlyInTheWorkingFolder() throws IOException {
        // given: a watchlist that fails on hype, scored from elsewhere
        write("watch/.hypecheck.yaml", "fail_on: hype\n");
        write("watch/.git/HEAD", "ref: refs/heads/main\n");
        Path vapor = write("watch/projects/vapor.yaml", VAPOR);

        // when
        CliResult folder = score(dir.resolve("watch/projects").toString());
        CliResult file = score(vapor.toString());

        // then
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).contains("fail: " + vapor + ": verdict hype (--fail-on hype)");
        assertThat(file.code()).isEqualTo(1);
    }

    @Test
    void usesTheFoundConfigsPathsWhenNoneAreGiven() throws IOException {
        // given
        write("watch/.hypecheck.yaml", "paths: [projects]\n");
        write("watch/projects/good.yaml", GOOD);

        // when: from the watchlist itself, by --config
        CliResult result = score("--config", dir.resolve("watch/.hypecheck.yaml").toString(), "-f", "json");

        // then
        assertThat(result.code()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).path("summary").path("projects").asInt()).isEqualTo(1);
    }

    @Test
    void pathsOfTwoWatchlistsAreAUsageError() throws IOException {
        // given
        write("a/.hypecheck.yaml", "fail_on: hype\n");
        write("a/p.yaml", GOOD);
        write("b/.hypecheck.yaml", "fail_on: mixed\n");
        write("b/q.yaml", GOOD);

        // when
        CliResult result = score(dir.resolve("a").toString(), dir.resolve("b").toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: the paths belong to different watchlists");
    }

    @Test
    void warnsWhenTwoFilesHaveTheSameProjectId() throws IOException {
        // given
        write("w/one.yaml", "id: same\n" + GOOD);
        write("w/two.yaml", "id: same\n" + VAPOR);

        // when
        CliResult result = score(dir.resolve("w").toString(), "-f", "json");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.err()).isEqualTo("warning: " + dir.resolve("w") + "/two.yaml: project id 'same' is also the id of "
                + dir.resolve("w") + "/one.yaml; baselines and exemptions cannot tell them apart\n");
    }

    @Test
    void explainOnAFolderExplainsEveryProjectAndJsonNeedsOneFile() throws IOException {
        // given
        write("w/good.yaml", GOOD);
        write("w/vapor.yaml", VAPOR);

        // when
        CliResult text = CliResult.run("explain", dir.resolve("w").toString(), "--no-default-rubrics", "--rubrics", RUBRIC,
                "--today", "2026-11-24");
        CliResult json = CliResult.run("explain", dir.resolve("w").toString(), "--json", "--no-default-rubrics", "--rubrics",
                RUBRIC, "--today", "2026-11-24");

        // then
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("Good (" + dir.resolve("w") + "/good.yaml)").contains("\nVapor (" + dir.resolve("w") + "/vapor.yaml)");
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.err()).startsWith("error: explain --json needs one project file");
    }

    @Test
    void reportFilesKeepTheReplacedFilesPermissionsOrTheUmasks() throws IOException {
        // given
        write("w/good.yaml", GOOD);
        Path kept = write("out/kept.json", "{}");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        Path reference = Files.createFile(dir.resolve("out/reference"));

        // when
        CliResult result = score(dir.resolve("w").toString(), "-f", "json=" + kept, "-f", "csv=" + dir.resolve("out/new.csv"));

        // then
        assertThat(result.code()).isZero();
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(reference);
        assertThat(Files.getPosixFilePermissions(dir.resolve("out/new.csv"))).isEqualTo(umask);
    }

    @Test
    void withoutPathsFindsTheConfigAtOrAboveTheWorkingFolder() throws IOException {
        // given: a watchlist, run from a folder inside it
        write("watch/.hypecheck.yaml", "paths: [projects]\nfail_on: hype\n");
        write("watch/.git/HEAD", "ref: refs/heads/main\n");
        write("watch/projects/vapor.yaml", VAPOR);
        Path inside = Files.createDirectories(dir.resolve("watch/docs"));

        // when
        io.hypecheck.config.Config config = io.hypecheck.config.ConfigLoader.discover(java.util.Optional.empty(), List.of(), inside);

        // then
        assertThat(config.file()).contains(dir.resolve("watch/.hypecheck.yaml"));
        assertThat(config.paths()).containsExactly(dir.resolve("watch/projects").toString());
    }
}
