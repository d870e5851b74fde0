package io.hypecheck.project;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files that command-line arguments name when their bytes are not valid in this JVM's charset
 * for file names (a Latin-1 {@code caf\xE9.yaml} under a UTF-8 locale): Java hands {@code main} such
 * an argument decoded lossily ({@code caf\uFFFD.yaml}), which names no file, so the entry point
 * registers the argument's original bytes here and {@link InputFiles} opens the file they name.
 *
 * <p>A path is made from bytes through a {@code file:} URI, whose percent escapes the JDK turns back
 * into the exact bytes. Arguments whose text names the same bytes are not registered; the k-th
 * argument with a given lossy text is the k-th registered one with that text.
 */
public final class ArgumentPaths {

    private static volatile Map<String, List<Path>> byText = Map.of();

    private ArgumentPaths() {
    }

    /**
     * Registers the command line's arguments: {@code texts[i]} is what {@code main} was given,
     * {@code bytes.get(i)} the bytes the kernel holds for it; {@code cwd} resolves relative names.
     */
    public static void register(String[] texts, List<byte[]> bytes, Charset charset, Path cwd) {
        Map<String, List<Path>> paths = new HashMap<>();
        for (int i = 0; i < texts.length && i < bytes.size(); i++) {
            byte[] raw = bytes.get(i);
            if (raw.length == 0 || keptBy(raw, charset)) {
                continue;
            }
            String text = texts[i];
            path(raw, charset, cwd).ifPresent(p -> paths.computeIfAbsent(text, k -> new ArrayList<>()).add(p));
        }
        paths.replaceAll((k, v) -> List.copyOf(v));
        byText = Map.copyOf(paths);
    }

    /** Forgets what was registered (for tests). */
    static void clear() {
        byText = Map.of();
    }

    /** The file the {@code occurrence}-th (from 0) argument reading {@code text} names, if its bytes were registered. */
    static Optional<Path> lookup(String text, int occurrence) {
        List<Path> paths = byText.get(text);
        return paths == null || paths.isEmpty() ? Optional.empty()
                : Optional.of(paths.get(Math.min(occurrence, paths.size() - 1)));
    }

    /** The path of exactly these bytes, made absolute against {@code cwd}; empty when no path can hold them. */
    static Optional<Path> path(byte[] raw, Charset charset, Path cwd) {
        byte[] absolute = raw;
        if (raw[0] != '/') {
            byte[] dir = cwd.toAbsolutePath().toString().getBytes(charset);
            absolute = Arrays.copyOf(dir, dir.length + 1 + raw.length);
            absolute[dir.length] = '/';
            System.arraycopy(raw, 0, absolute, dir.length + 1, raw.length);
        }
        StringBuilder uri = new StringBuilder("file://");
        for (byte b : absolute) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-._~".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            }
        }
        try {
            return Optional.of(Path.of(URI.create(uri.toString())));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code charset} decodes {@code bytes} without loss and encodes them back to the same bytes. */
    private static boolean keptBy(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Arrays.equals(text.getBytes(charset), bytes);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
