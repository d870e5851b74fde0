package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths behave: links are followed (loops are not), repeats are scored once, odd files are errors for themselves alone. */
class PathsTest {

    @TempDir
    Path dir;

    private List<String> scoredFiles(CliResult result) throws Exception {
        List<String> files = new java.util.ArrayList<>();
        new ObjectMapper().readTree(result.out()).path("projects").forEach(p -> files.add(p.path("file").asText()));
        return files;
    }

    @Test
    void followsSymbolicLinksInsideAFolderButNotLoops() throws Exception {
        // given
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("shared.yaml"), "name: Shared\n");
        Path watch = Files.createDirectories(dir.resolve("watch/sub"));
        Files.writeString(dir.resolve("watch/own.yaml"), "name: Own\n");
        Files.createSymbolicLink(watch.resolve("shared.yaml"), outside.resolve("shared.yaml"));
        Files.createSymbolicLink(watch.resolve("loop"), dir.resolve("watch"));

        // when
        CliResult result = CliResult.run("score", dir.resolve("watch").toString(), "-f", "json");

        // then
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(scoredFiles(result)).containsExactlyInAnyOrder(dir.resolve("watch") + "/own.yaml",
                dir.resolve("watch") + "/sub/shared.yaml");
    }

    @Test
    void scoresTheSameFileOnceHoweverItIsNamed() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("p.yaml"), "name: P\n");

        // when
        CliResult result = CliResult.run("score", file.toString(), file.toString(), dir.resolve("./p.yaml").toString(),
                dir.toString(), "-f", "json");

        // then
        assertThat(result.code()).isZero();
        assertThat(scoredFiles(result)).containsExactly(file.toString());
    }

    @Test
    void anEmptyPathIsAUsageError() {
        CliResult result = CliResult.run("score", "");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: an empty path was given");
    }

    @Test
    void aFifoADeviceOrALinkLoopNamedDirectlyIsAnErrorForThatPathAlone() throws Exception {
        // given
        Path fifo = dir.resolve("fifo.yaml");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path loop = dir.resolve("loop.yaml");
        Files.createSymbolicLink(loop, dir.resolve("loop2.yaml"));
        Files.createSymbolicLink(dir.resolve("loop2.yaml"), loop);
        Path good = Files.writeString(dir.resolve("good.yaml"), "name: Good\n");

        // when
        CliResult result = CliResult.run("score", fifo.toString(), "/dev/zero", loop.toString(), good.toString(), "-f", "json");

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(scoredFiles(result)).containsExactly(good.toString());
        assertThat(result.err()).contains(fifo + ": cannot read: not a regular file", "/dev/zero: cannot read: not a regular file",
                loop + ": cannot read: ");
    }

    @Test
    void aFileNameThatIsNotValidUtf8IsRead() throws Exception {
        // given: a name with the byte 0xFF, made by the shell
        new ProcessBuilder("sh", "-c", "printf 'name: Odd\\n' > \"$(printf 'odd\\377.yaml')\"").directory(dir.toFile())
                .start().waitFor();

        // when
        CliResult result = CliResult.run("score", dir.toString(), "-f", "json");

        // then
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).path("projects").get(0).path("name").asText()).isEqualTo("Odd");
    }

    @Test
    void aFileNameWithALineBreakCannotForgeAMessage() throws Exception {
        // given
        Path odd = Files.writeString(dir.resolve("x.yaml\n::error file=y.yaml::forged.yaml"), "name: [\n");

        // when
        CliResult result = CliResult.run("score", odd.toString());

        // then
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err().lines()).allMatch(line -> line.startsWith("error: ") || line.startsWith("warning: "));
    }
}
