package io.hypecheck.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Location;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Files under {@code src/test/resources/accepted} look odd to a parser but load as a user expects. */
class AcceptedFilesTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "accepted");

    static Stream<String> acceptedFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Project load(String name) throws IOException {
        LoadResult result = ProjectLoader.load(name, Files.readAllBytes(CORPUS.resolve(name)));
        assertThat(result.diagnostics()).as("diagnostics of %s", name).isEmpty();
        return result.project().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void loadsWithoutDiagnostics(String name) throws IOException {
        // when
        Project project = load(name);

        // then
        assertThat(project.name()).isEqualTo("Foo Network");
        assertThat(project.id()).isEqualTo(name.substring(0, name.length() - ".yaml".length()));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKeyAndDoesNotShiftColumns() throws IOException {
        // when
        Project project = load("utf8-bom.yaml");

        // then
        assertThat(project.fields().fields()).containsKey("name");
        assertThat(project.fields().scalar("name").orElseThrow().location()).isEqualTo(new Location(1, 7, 1, 18));
        assertThat(project.fields().scalar("token.market_cap_usd").orElseThrow().value())
                .isEqualTo(new BigDecimal("1.2E+9"));
    }

    @Test
    void windowsLineEndsLeaveNoCarriageReturnsInValuesOrPositions() throws IOException {
        // when
        Project project = load("crlf.yaml");

        // then
        assertThat(project.fields().scalar("description").orElseThrow().value()).isEqualTo("Line one.\nLine two.");
        Value.Scalar claim = (Value.Scalar) ((Value.Items) project.fields().fields().get("claims")).items().get(0);
        assertThat(claim.value()).isEqualTo("Verifiable inference.");
        assertThat(claim.location()).isEqualTo(new Location(6, 5, 6, 26));
        assertThat(project.fields().scalar("token.symbol").orElseThrow().location()).isEqualTo(new Location(8, 11, 8, 14));
        assertThat(claim.locator().locate(0, 10)).isEqualTo(new Location(6, 5, 6, 15));
    }

    @Test
    void aJsonDocumentIsYamlToo() throws IOException {
        // when
        Project project = load("json.yaml");

        // then
        assertThat(project.fields().scalar("traction.live").orElseThrow().value()).isEqualTo(true);
        assertThat(project.fields().scalar("token.market_cap_usd").orElseThrow().value())
                .isEqualTo(new BigDecimal("3.5E+8"));
    }

    @Test
    void aFileWithoutAFinalNewlineKeepsItsLastValue() throws IOException {
        // when
        Project project = load("no-final-newline.yaml");

        // then
        assertThat(project.fields().scalar("token.symbol").orElseThrow().location()).isEqualTo(new Location(3, 11, 3, 14));
    }
}
