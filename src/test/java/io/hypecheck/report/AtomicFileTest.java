package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files are written whole, where the user meant, and never over something that is not a report. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws Exception {
        // given
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));

        // when
        AtomicFile.write(link, "new");

        // then
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void neverReplacesAFifoADeviceOrAFolder() throws Exception {
        // given
        Path fifo = dir.resolve("fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path folder = Files.createDirectories(dir.resolve("folder.json"));

        // then
        for (Path target : List.of(fifo, Path.of("/dev/null"), folder)) {
            assertThatThrownBy(() -> AtomicFile.write(target, "x")).isInstanceOf(HypecheckException.class)
                    .hasMessageEndingWith("not a regular file");
        }
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void writesALoneSurrogateAsAReplacementCharacter() throws Exception {
        // when
        AtomicFile.write(dir.resolve("r.json"), "a\uD800b");

        // then
        assertThat(Files.readString(dir.resolve("r.json"), StandardCharsets.UTF_8)).isEqualTo("a\uFFFDb");
    }

    @Test
    void leavesNoTemporaryFileWhenStoppedOrWhenAWriteFails() throws Exception {
        // given
        Path target = dir.resolve("sub").resolve("r.json");
        AtomicFile.write(target, "x");
        Path stray = Files.createTempFile(target.getParent(), ".r.json", ".tmp");

        // when
        io.hypecheck.spill.TemporaryFiles.deleteAll();

        // then
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.json", stray.getFileName().toString());
        }
    }

    @Test
    void namesTheReasonAWriteFailed() throws Exception {
        // given: a file where a folder is needed
        Files.writeString(dir.resolve("plain"), "x");

        // then
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("plain").resolve("r.json"), "x"))
                .isInstanceOf(HypecheckException.class).hasMessageStartingWith("cannot write ")
                .satisfies(e -> assertThat(((HypecheckException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    }

    @Test
    void refusesTwoReportsAimedAtOneFileAndAReportOverAScoredFile() throws Exception {
        // given
        Path input = Files.writeString(dir.resolve("p.yaml"), "name: P\n");
        Path link = Files.createSymbolicLink(dir.resolve("alias.json"), Path.of("r.json"));

        // then
        assertThatThrownBy(() -> ReportTargets.check(List.of(dir.resolve("r.json"), link), List.of()))
                .hasMessageContaining("two reports would be written to the same file");
        assertThatThrownBy(() -> ReportTargets.check(List.of(dir.resolve("./p.yaml")), List.of(input)))
                .hasMessageContaining("is one of the files being scored");
        ReportTargets.check(List.of(dir.resolve("a.json"), dir.resolve("b.json")), List.of(input));
    }

    @Test
    void aFolderItMayNotWriteToSaysPermissionDenied() {
        assertThat(AtomicFile.reason(new java.nio.file.AccessDeniedException("/ro/.r.json123.tmp"))).isEqualTo("permission denied");
        assertThat(AtomicFile.reason(new java.nio.file.FileSystemException("/full/r.json", null, "No space left on device")))
                .isEqualTo("no space left on device");
    }

    @Test
    void aFolderThatTakesNoNewFileIsNamedNotTheTemporaryFile() {
        // given: /proc exists, but no file can be created in it
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self")));

        // when / then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.write(java.nio.file.Path.of("/proc/report.json"), "{}"))
                .hasMessageStartingWith("cannot write /proc/report.json: ")
                .hasMessageNotContaining(".tmp");
    }
}
