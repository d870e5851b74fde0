package io.hypecheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless and isolated (a new profile folder, no network services of its
 * own), for the tests that open a report in a real browser.
 */
final class HeadlessChromium {

    /** Where Debian's {@code chromium} package installs it. */
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;

    private HeadlessChromium() {
    }

    /** Whether the browser is installed. */
    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** A browser that was started on a page; {@link #finish} waits for it and gives its standard output. */
    record Run(Process process, Path profile, Path out, Path err) {

        String finish() throws IOException, InterruptedException {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("chromium exited with " + process.exitValue() + ": "
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                delete(profile);
            }
        }
    }

    /**
     * Starts the browser on a page with extra flags ({@code --dump-dom}, {@code --screenshot=…}), in a
     * new profile folder under {@code work}; {@code name} names the files its output goes to.
     */
    static Run start(Path work, String name, String url, String... flags) throws IOException {
        Path profile = Files.createTempDirectory(work.toAbsolutePath(), "profile-");
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars"));
        command.addAll(List.of(flags));
        command.add(url);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Run(process, profile, out, err);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
