package io.hypecheck.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/malformed} is rejected with exactly the messages in
 * its golden file ({@code <name>.expected}, one {@link Diagnostic#format()} line per diagnostic).
 * Run with {@code -Dhypecheck.updateGolden=true} to rewrite the golden files, then review the diff.
 */
class MalformedFilesTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "malformed");
    private static final boolean UPDATE = Boolean.getBoolean("hypecheck.updateGolden");

    static Stream<String> malformedFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void isRejectedWithTheGoldenMessages(String name) throws IOException {
        // given
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(name));
        Path golden = CORPUS.resolve(name + ".expected");

        // when
        LoadResult result = ProjectLoader.load(name, bytes);

        // then
        List<String> actual = result.diagnostics().stream().map(Diagnostic::format).toList();
        if (UPDATE) {
            Files.writeString(golden, actual.stream().map(line -> line + "\n").reduce("", String::concat));
        }
        assertThat(result.project()).as("project of %s", name).isEmpty();
        assertThat(result.errors()).as("errors of %s", name).isNotEmpty();
        assertThat(actual).as("messages of %s (golden file %s)", name, golden)
                .containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
    }

    @Test
    void noMessageLeaksJavaOrSnakeYamlInternals() throws IOException {
        // given
        List<String> messages = malformedFiles()
                .flatMap(name -> {
                    try {
                        return ProjectLoader.load(name, Files.readAllBytes(CORPUS.resolve(name))).diagnostics().stream();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(Diagnostic::message).toList();

        // then
        assertThat(messages).isNotEmpty().allSatisfy(message -> assertThat(message)
                .doesNotContain("org.yaml", "snakeyaml", "Exception", "'reader'", "<stream end>", "<block end>",
                        "(TAB)", "tag:yaml.org,2002:", "for indentation)", "max="));
    }

    @Test
    void theCorpusHasAGoldenFileForEachFileAndNoStrayOnes() throws IOException {
        // given
        List<String> yaml = malformedFiles().toList();
        List<String> golden;
        try (Stream<Path> files = Files.list(CORPUS)) {
            golden = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected")).sorted().toList();
        }

        // then
        assertThat(yaml).hasSizeGreaterThanOrEqualTo(15);
        assertThat(golden).containsExactlyElementsOf(yaml.stream().map(n -> n + ".expected").toList());
    }
}
