package io.hypecheck.spill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of length-prefixed records: appended from any thread, read back by offset
 * from any thread. It is deleted when closed, when the process stops, and on POSIX systems is
 * unlinked from its folder as soon as it is open (so even a killed process leaves nothing).
 */
final class SpillFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private long size;

    private SpillFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** A new empty file in the temporary folder. */
    static SpillFile create() throws IOException {
        Path path = Files.createTempFile("hypecheck-", ".spill");
        TemporaryFiles.track(path);
        try {
            return new SpillFile(path, FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException | RuntimeException e) {
            TemporaryFiles.delete(path);
            throw e;
        }
    }

    /** Appends one record; its offset, for {@link #read}. */
    synchronized long append(byte[] record) {
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + record.length).putInt(record.length).put(record).flip();
        long at = size;
        try {
            while (buffer.hasRemaining()) {
                size += channel.write(buffer, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's temporary file " + path, e);
        }
        return at;
    }

    /** The record appended at {@code at}. */
    byte[] read(long at) {
        ByteBuffer length = fill(ByteBuffer.allocate(Integer.BYTES), at);
        return fill(ByteBuffer.allocate(length.getInt(0)), at + Integer.BYTES).array();
    }

    private ByteBuffer fill(ByteBuffer buffer, long at) {
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) {
                    throw new IOException("unexpected end of file");
                }
            }
            return buffer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run's temporary file " + path, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a file only read and written by this process; it is deleted below all the same
        }
        TemporaryFiles.delete(path);
    }
}
