package io.hypecheck.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs hypecheck as a user that file permissions apply to, for the tests of unreadable and
 * unwritable paths: root reads and writes everything, and CI runs as root in a container. As root,
 * hypecheck runs as {@code nobody} through {@code setpriv} (else {@code runuser}), on a copy of its
 * class path that {@code nobody} can read; as anyone else, as that user. As root without either
 * tool, the test is skipped.
 *
 * @param launcher  what starts Java as the user (empty: as this process's user)
 * @param classPath hypecheck's class path, readable by that user
 */
record Unprivileged(List<String> launcher, String classPath) {

    private static final String NOBODY = "65534";

    /** The user, with the class path copied under {@code dir} where needed; skips the test when there is none. */
    static Unprivileged in(Path dir) throws IOException {
        open(dir);
        if (!root()) {
            return new Unprivileged(List.of(), System.getProperty("java.class.path"));
        }
        Optional<String> setpriv = onPath("setpriv");
        Optional<String> runuser = onPath("runuser");
        assumeTrue(setpriv.isPresent() || runuser.isPresent(), "running as root, and neither setpriv nor runuser is"
                + " installed to run hypecheck as nobody: permissions cannot be tested (root may read and write anything)");
        List<String> launcher = setpriv.isPresent()
                ? List.of(setpriv.get(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups")
                : List.of(runuser.get(), "-u", "nobody", "--");
        return new Unprivileged(launcher, readableClassPath(dir));
    }

    /** Lets others into {@code path} (read, and enter when it is a folder), as the user must be. */
    static void open(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static boolean root() throws IOException {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            return new String(id.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(folder -> Path.of(folder, tool)).filter(Files::isExecutable).map(Path::toString).findFirst();
    }

    /** The class path copied into {@code dir/classpath}, readable by all: it may sit under /root, which others cannot enter. */
    private static String readableClassPath(Path dir) throws IOException {
        Path copies = Files.createDirectories(dir.resolve("classpath"));
        open(copies);
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                continue;
            }
            Path copy = copies.resolve(i++ + "-" + path.getFileName());
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(path.relativize(file).toString());
                    Files.copy(file, target);
                    open(target);
                }
            }
            entries.add(copy.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
