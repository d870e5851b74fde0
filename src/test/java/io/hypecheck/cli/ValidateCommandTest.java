package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hypecheck validate}, black box: exit code first, then stdout, then stderr. */
class ValidateCommandTest {

    private static final String GOOD = "name: Good Project\ntoken:\n  market_cap_usd: \"$1.2B\"\n";
    private static final String BAD = "name: Bad Project\ntoken:\n  market_cap_usd: lots\n";

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void theSamplesAreAllValid() {
        // when
        CliResult result = CliResult.run("validate", "samples/");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out().lines().filter(l -> l.matches("samples/[a-z0-9-]+\\.yaml: ok"))).hasSize(12);
        assertThat(result.out()).endsWith("12 files, 0 invalid\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void filesAreListedInSortedOrderWithThePathAsGiven() {
        // when
        CliResult result = CliResult.run("validate", "samples");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out().lines().limit(3))
                .containsExactly("samples/dria.yaml: ok", "samples/ezkl.yaml: ok", "samples/gitcoin.yaml: ok");
    }

    @Test
    void oneBadFileExitsThreeAndTheGoodOneIsStillOk() throws IOException {
        // given
        write("a-good.yaml", GOOD);
        write("b-bad.yaml", BAD);
        String folder = dir.toString();

        // when
        CliResult result = CliResult.run("validate", folder);

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).isEqualTo(folder + "/a-good.yaml: ok\n" + folder + "/b-bad.yaml: invalid\n"
                + "2 files, 1 invalid\n");
        assertThat(result.err()).isEqualTo("error: " + folder + "/b-bad.yaml:3:19: token.market_cap_usd: "
                + "expected an amount, got \"lots\"\n");
        assertThat(result.err()).doesNotContain("at io.hypecheck", "Exception");
    }

    @Test
    void aMalformedYamlFileIsReportedWithItsPositionAndNoStackTrace() throws IOException {
        // given
        write("broken.yaml", "name: Broken\ntoken:\n\tsymbol: X\n");

        // when
        CliResult result = CliResult.run("validate", dir.toString());

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).contains("broken.yaml: invalid");
        assertThat(result.err()).matches("error: .*broken\\.yaml:3:1: invalid YAML: tab character.*\n")
                .doesNotContain("at io.hypecheck", "org.yaml");
    }

    @Test
    void warningsGoToStderrAndAreCountedButTheFileIsOk() throws IOException {
        // given
        Path file = write("typo.yaml", "name: Typo\ntokn:\n  symbol: X\n");

        // when
        CliResult result = CliResult.run("validate", file.toString());

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(file + ": ok (1 warning)\n1 file, 0 invalid\n");
        assertThat(result.err()).isEqualTo("warning: " + file + ":2:1: unknown field 'tokn' (did you mean 'token'?); ignored\n");
    }

    @Test
    void findsYamlAndYmlInSubfoldersSkippingHiddenOnesAndOtherFiles() throws IOException {
        // given
        write("x/one.yaml", GOOD);
        write("x/y/two.YML", GOOD);
        write("x/.hidden/three.yaml", BAD);
        write("x/.four.yaml", BAD);
        write("x/notes.txt", BAD);

        // when
        CliResult result = CliResult.run("validate", dir.resolve("x") + "/");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(dir.resolve("x") + "/one.yaml: ok\n" + dir.resolve("x") + "/y/two.YML: ok\n"
                + "2 files, 0 invalid\n");
    }

    @Test
    void excludedFoldersAreSkipped() throws IOException {
        // given
        write("one.yaml", GOOD);
        write("drafts/bad.yaml", BAD);

        // when
        CliResult result = CliResult.run("validate", dir.toString(), "--exclude", "drafts/**");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(dir + "/one.yaml: ok\n1 file, 0 invalid\n");
    }

    @Test
    void excludingAFolderByNameSkipsEverythingUnderIt() throws IOException {
        // given
        write("one.yaml", GOOD);
        write("drafts/bad.yaml", BAD);
        write("drafts/old/worse.yaml", BAD);
        write("more/drafts/bad.yaml", BAD);

        // when
        CliResult result = CliResult.run("validate", dir.toString(), "--exclude", "drafts", "--exclude", "*/drafts");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(dir + "/one.yaml: ok\n1 file, 0 invalid\n");
    }

    @Test
    void anExcludeGlobCanNameFiles() throws IOException {
        // given
        write("one.yaml", GOOD);
        write("one.draft.yaml", BAD);

        // when
        CliResult result = CliResult.run("validate", dir.toString(), "--exclude", "*.draft.yaml");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo(dir + "/one.yaml: ok\n1 file, 0 invalid\n");
    }

    @Test
    void aDashReadsStandardInput() {
        // when
        CliResult result = CliResult.runWithInput("name: From Stdin\ntraction:\n  live: true\n", "validate", "-");

        // then
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo("-: ok\n1 file, 0 invalid\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void badStandardInputIsReportedAsDash() {
        // when
        CliResult result = CliResult.runWithInput("name: From Stdin\ntraction:\n  live: maybe\n", "validate", "-");

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).isEqualTo("-: invalid\n1 file, 1 invalid\n");
        assertThat(result.err()).isEqualTo("error: -:3:9: traction.live: expected true or false, got \"maybe\"\n");
    }

    @Test
    void hugeStandardInputIsRejectedWithTheSizeMessage() {
        // given
        String huge = "name: Huge\ndescription: \"" + "x".repeat(1 << 20) + "\"\n";

        // when
        CliResult result = CliResult.runWithInput(huge, "validate", "-");

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("error: -: file is larger than 1 MiB; is it really a project file?\n");
    }

    @Test
    void aFileAndStandardInputTogether() throws IOException {
        // given
        Path file = write("good.yaml", GOOD);

        // when
        CliResult result = CliResult.runWithInput(BAD, "validate", file.toString(), "-");

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).isEqualTo(file + ": ok\n-: invalid\n2 files, 1 invalid\n");
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        // when
        CliResult result = CliResult.run("validate", "samples/", "no-such-file.yaml");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("error: no such file or folder: no-such-file.yaml\n");
    }

    @Test
    void aFolderWithoutProjectFilesIsAUsageError() throws IOException {
        // given
        write("readme.md", "# nothing here\n");

        // when
        CliResult result = CliResult.run("validate", dir.toString());

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("error: no project files (*.yaml, *.yml) in " + dir + "; nothing to score\n");
    }

    @Test
    void aBinaryFileIsInvalidNotACrash() throws IOException {
        // given
        Path file = dir.resolve("image.yaml");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        // when
        CliResult result = CliResult.run("validate", file.toString());

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("error: " + file + ":1:5: binary file (NUL byte), not YAML\n");
    }
}
