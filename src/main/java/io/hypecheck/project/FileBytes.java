package io.hypecheck.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads input files with a bound: only regular files are opened (a FIFO would block, a device
 * never end), and never more than the limit plus one byte is read, so a caller sees that a file
 * is too large without holding it all.
 */
public final class FileBytes {

    /** The path names something other than a regular file: a folder, FIFO, socket or device. */
    public static final class NotRegularFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotRegularFile(Path file, String what) {
            super(file + " is " + what + ", not a regular file");
        }
    }

    private FileBytes() {
    }

    /**
     * The bytes of {@code file}, or its first {@code limit + 1} bytes when it is larger than
     * {@code limit}.
     *
     * @throws NotRegularFile when the file (after following symbolic links) is not a regular file
     * @throws IOException    when it cannot be read
     */
    public static byte[] read(Path file, int limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotRegularFile(file, attributes.isDirectory() ? "a folder" : "a FIFO, socket or device");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit + 1);
        }
    }
}
