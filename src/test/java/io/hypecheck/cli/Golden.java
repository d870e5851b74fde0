package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dhypecheck.updateGoldens=true} to rewrite the files after a deliberate change, then
 * review the diff before committing.
 */
public final class Golden {

    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file {@code name}. */
    public static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("hypecheck.updateGoldens")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (create it with -Dhypecheck.updateGoldens=true)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
