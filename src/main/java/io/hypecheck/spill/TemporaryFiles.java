package io.hypecheck.spill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of this process still in use (a report being written, a run's spilled
 * scores), so that stopping the process (exit, SIGINT, SIGTERM) deletes them.
 */
public final class TemporaryFiles {

    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private TemporaryFiles() {
    }

    /** Keeps {@code file} to be deleted if the process stops before {@link #delete} is called. */
    public static void track(Path file) {
        OPEN.add(file);
    }

    /** Deletes {@code file} if it is still there, and forgets it. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temporary file is gone or unreachable; nothing more to do
        }
        OPEN.remove(file);
    }

    /** Deletes every file still tracked (the process is being stopped). */
    public static void deleteAll() {
        OPEN.forEach(TemporaryFiles::delete);
    }
}
