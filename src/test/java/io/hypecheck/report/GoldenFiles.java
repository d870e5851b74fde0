package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * The reviewed output of every format for every scenario, under {@code src/test/resources/golden}.
 * Run the tests with {@code -Dhypecheck.updateGoldens=true} to rewrite them, then review the diff.
 */
final class GoldenFiles {

    private static final Path ROOT = Paths.get("src", "test", "resources", "golden");
    private static final Map<String, String> FILES = Map.of(
            "table", "table.txt",
            "json", "report.json",
            "ndjson", "report.ndjson",
            "csv", "report.csv",
            "markdown", "report.md",
            "sarif", "report.sarif",
            "junit", "junit.xml",
            "github", "github.txt",
            "html", "report.html",
            "explain", "explain.txt");

    private GoldenFiles() {
    }

    /** The golden file of a format in a scenario. */
    static Path of(String scenario, String format) {
        String file = FILES.get(format);
        if (file == null) {
            throw new IllegalArgumentException("no golden file name for format " + format);
        }
        return ROOT.resolve(scenario).resolve(file);
    }

    /** Asserts that {@code actual} is the golden file's text, or rewrites the file when asked to. */
    static void assertMatches(String scenario, String format, String actual) {
        Path golden = of(scenario, format);
        try {
            if (Boolean.getBoolean("hypecheck.updateGoldens")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file (create it with -Dhypecheck.updateGoldens=true)").exists();
            assertThat(actual).as("%s rendered as %s, against %s", scenario, format, golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
