package io.hypecheck.report;

import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.spill.TemporaryFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Writes a report file atomically: a temporary file beside it, then a rename, so readers never
 * see half a report. A symbolic link is written through (the file it points to is replaced, the
 * link stays); a folder, FIFO, socket or device is never replaced; text UTF-8 cannot encode (a
 * lone surrogate) is written as U+FFFD; and temporary files still open when the process is
 * stopped are deleted by {@link TemporaryFiles#deleteAll}. The file gets the permissions a user
 * expects: those of the file it replaces, or for a new file the default the umask gives (not the
 * owner-only mode of temporary files).
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * The file a report aimed at {@code target} replaces: the target, or where its symbolic links
     * lead.
     *
     * @throws HypecheckException (exit 2) when the target exists and is not a regular file
     */
    public static Path destination(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path resolved = absolute;
            for (int hops = 0; Files.isSymbolicLink(resolved); hops++) {
                if (hops > 40) {
                    throw HypecheckException.config("cannot write " + target + ": too many symbolic links");
                }
                Path link = Files.readSymbolicLink(resolved);
                resolved = resolved.resolveSibling(link).normalize();
            }
            if (Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
                BasicFileAttributes attributes = Files.readAttributes(resolved, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    throw HypecheckException.config("cannot write " + target + ": it is "
                            + (attributes.isDirectory() ? "a folder" : "a FIFO, socket or device")
                            + ", not a regular file");
                }
                return resolved.toRealPath();
            }
            return resolved;
        } catch (IOException e) {
            throw HypecheckException.config("cannot write " + target + ": " + reason(e));
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target} (through its symbolic links), replacing it. */
    public static void write(Path target, String text) {
        Path destination = destination(target);
        Path dir = destination.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            // a new file of our own (not createTempFile's owner-only mode), so a new report gets the umask's permissions
            temp = dir.resolve("." + destination.getFileName() + "." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            TemporaryFiles.track(temp);
            Files.write(temp, encode(text), java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            keepPermissions(destination, temp);
            try {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a folder that exists but takes no new file (procfs, sysfs) says so, not "no such folder: .report.tmp"
            boolean noNewFile = e instanceof NoSuchFileException missing && temp != null && temp.toString().equals(missing.getFile());
            throw HypecheckException.config("cannot write " + target + ": "
                    + (noNewFile ? "cannot create a file in " + dir : reason(e)));
        } finally {
            if (temp != null) {
                TemporaryFiles.delete(temp);
            }
        }
    }

    /** Gives {@code temp} the POSIX permissions of {@code target} when it exists (a new file keeps the umask's). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.exists(target)) {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        }
    }

    private static byte[] encode(String text) throws CharacterCodingException {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8))
                .encode(CharBuffer.wrap(text));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    /** Why a write failed, in words: "permission denied", "no space left on device", ... */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such folder: " + missing.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
