package io.hypecheck.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that are not valid UTF-8 ({@code caf\xE9.yaml}, Latin-1) are read whether named directly,
 * by their bytes, or found in a folder; two such names that read alike are two files.
 */
class ArgumentPathsTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        ArgumentPaths.clear();
    }

    private static byte[] latin1(String name) {
        return name.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A file named by exactly these bytes in {@code folder}, made through the same path-from-bytes. */
    private static Path fileNamed(Path folder, byte[] name, String text) throws Exception {
        return Files.writeString(ArgumentPaths.path(name, StandardCharsets.UTF_8, folder).orElseThrow(), text);
    }

    private Path fileNamed(byte[] name, String text) throws Exception {
        return fileNamed(dir, name, text);
    }

    @Test
    void aPathMadeFromBytesNamesTheFileAFolderListingFinds() throws Exception {
        // given
        Path file = fileNamed(latin1("café.yaml"), "name: Latin\n");

        // when
        List<Path> listed;
        try (Stream<Path> entries = Files.list(dir)) {
            listed = entries.toList();
        }

        // then: one entry, the same bytes (percent escapes in its URI), which a lossy string could not name
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).toUri()).isEqualTo(file.toUri());
        assertThat(file.toUri().toString()).endsWith("/caf%E9.yaml");
        assertThat(Files.exists(Path.of(dir.toString(), "caf\uFFFD.yaml"))).isFalse();
    }

    @Test
    void anArgumentDecodedLossilyIsOpenedByItsBytesRelativeToTheWorkingFolder() throws Exception {
        // given: caf\xE9.yaml given as a relative name; Java decoded it to caf\uFFFD.yaml
        fileNamed(latin1("café.yaml"), "name: Latin\n");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        // and a file of the same bytes in another folder
        fileNamed(sub, latin1("café.yaml"), "name: Wrong\n");
        ArgumentPaths.register(new String[] {"caf\uFFFD.yaml", "-f"}, List.of(latin1("café.yaml"), latin1("-f")),
                StandardCharsets.UTF_8, dir);

        // when
        List<InputFiles.Input> inputs = InputFiles.expand(List.of("caf\uFFFD.yaml"), List.of());

        // then: shown as given, read from dir (the working folder), not from sub
        assertThat(inputs).hasSize(1);
        assertThat(inputs.get(0).display()).isEqualTo("caf\uFFFD.yaml");
        assertThat(inputs.get(0).problem()).isNull();
        assertThat(Files.readString(inputs.get(0).path())).isEqualTo("name: Latin\n");
    }

    @Test
    void twoArgumentsThatReadAlikeOpenTheirOwnFilesInOrder() throws Exception {
        // given: caf\xE8.yaml and caf\xE9.yaml both read caf\uFFFD.yaml
        fileNamed(latin1("caf\u00e8.yaml"), "name: Grave\n");
        fileNamed(latin1("café.yaml"), "name: Acute\n");
        ArgumentPaths.register(new String[] {"caf\uFFFD.yaml", "caf\uFFFD.yaml"},
                List.of(latin1("café.yaml"), latin1("caf\u00e8.yaml")), StandardCharsets.UTF_8, dir);

        // when
        List<InputFiles.Input> inputs = InputFiles.expand(List.of("caf\uFFFD.yaml", "caf\uFFFD.yaml"), List.of());

        // then
        assertThat(inputs).hasSize(2);
        assertThat(Files.readString(inputs.get(0).path())).isEqualTo("name: Acute\n");
        assertThat(Files.readString(inputs.get(1).path())).isEqualTo("name: Grave\n");
    }

    @Test
    void anArgumentWhoseBytesTheCharsetKeepsIsNotRegistered() {
        // when
        ArgumentPaths.register(new String[] {"ção.yaml"}, List.of("ção.yaml".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, dir);

        // then
        assertThat(ArgumentPaths.lookup("ção.yaml", 0)).isEmpty();
    }

    @Test
    void aFolderWithTwoNamesThatReadAlikeYieldsBothFiles() throws Exception {
        // given
        fileNamed(latin1("caf\u00e8.yaml"), "name: Grave\n");
        fileNamed(latin1("café.yaml"), "name: Acute\n");

        // when
        List<InputFiles.Input> inputs = InputFiles.expand(List.of(dir.toString()), List.of());

        // then: both, in the order of their bytes, under the same display name
        assertThat(inputs).extracting(InputFiles.Input::display)
                .containsExactly(dir + "/caf\uFFFD.yaml", dir + "/caf\uFFFD.yaml");
        assertThat(Files.readString(inputs.get(0).path())).isEqualTo("name: Grave\n");
        assertThat(Files.readString(inputs.get(1).path())).isEqualTo("name: Acute\n");
    }

    @Test
    void aNameThatIsNotUtf8AndNamesNoFileIsNoSuchFile() {
        // given
        ArgumentPaths.register(new String[] {"caf\uFFFD.yaml"}, List.of(latin1("café.yaml")), StandardCharsets.UTF_8, dir);

        // when / then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputFiles.expand(List.of("caf\uFFFD.yaml"), List.of()))
                .hasMessageContaining("no such file or folder: caf\uFFFD.yaml");
    }
}
