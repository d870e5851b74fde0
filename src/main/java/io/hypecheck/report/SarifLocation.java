package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.api.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SARIF physical locations: a report's file path as a URI reference relative to
 * {@code %SRCROOT%}, the repository root (or a {@code file:} URI when the file lies outside it),
 * and a 1-based region whose end column is exclusive, as hypecheck's own locations are. Standard
 * input is the artifact {@code <stdin>}.
 */
final class SarifLocation {

    /** The base the relative URIs resolve against: the repository root. */
    static final String SRCROOT = "%SRCROOT%";

    /** How standard input is named in SARIF and in GitHub annotations. */
    static final String STDIN = "<stdin>";

    /** Characters a path segment keeps as they are; everything else is percent-encoded as UTF-8. */
    private static final String SAFE = "-._~!$&'()*+,;=@";

    private final Optional<Path> root;

    /** Locations relative to {@code root} (an absolute folder), or to the paths as given when empty. */
    SarifLocation(Optional<Path> root) {
        this.root = root.map(r -> r.toAbsolutePath().normalize());
    }

    /** {@code physicalLocation} for a file and a span. */
    ObjectNode physical(String file, Location region) {
        ObjectNode node = artifact(file);
        node.putObject("region").put("startLine", region.line()).put("startColumn", region.utf16Column())
                .put("endLine", region.endLine()).put("endColumn", region.utf16EndColumn());
        return node;
    }

    /**
     * {@code physicalLocation} for a place without an extent: from a column to the end of its
     * line, or with {@code column} 0 the whole line; line 0 (the whole file) is put at line 1.
     */
    ObjectNode physical(String file, int line, int column) {
        ObjectNode node = artifact(file);
        ObjectNode region = node.putObject("region").put("startLine", Math.max(1, line));
        if (line > 0 && column > 0) {
            region.put("startColumn", column);
        }
        return node;
    }

    private ObjectNode artifact(String file) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode artifact = node.putObject("artifactLocation");
        if (file.equals("-")) {
            artifact.put("uri", encode(STDIN));
            artifact.putObject("description").put("text", "standard input");
            return node;
        }
        String path = path(relative(file));
        if (absolute(path)) {
            artifact.put("uri", "file://" + (path.startsWith("/") ? "" : "/") + encode(path));
        } else {
            artifact.put("uri", encode(path));
            artifact.put("uriBaseId", SRCROOT);
        }
        return node;
    }

    /** The file as the repository names it: relative to the root with {@code /}, absolute outside it, {@code <stdin>} for standard input. */
    String repositoryPath(String file) {
        return file.equals("-") ? STDIN : path(relative(file));
    }

    /** The file relative to the root, or absolute when outside it; as given without a root. */
    private String relative(String file) {
        if (root.isEmpty()) {
            return file;
        }
        Path absolute = Path.of(file).toAbsolutePath().normalize();
        return absolute.startsWith(root.get()) ? root.get().relativize(absolute).toString() : absolute.toString();
    }

    /** The path with {@code /} separators and without leading {@code ./}; standard input as {@code <stdin>}. */
    static String path(String file) {
        if (file.equals("-")) {
            return STDIN;
        }
        String path = file.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }

    private static boolean absolute(String path) {
        return path.startsWith("/") || path.matches("[A-Za-z]:/.*");
    }

    /** Percent-encodes all but unreserved and sub-delimiter characters, keeping {@code /} and a drive letter's colon. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean driveColon = i == 1 && b == ':' && absolute(path);
            if (b < 0x80 && (Character.isLetterOrDigit(b) || b == '/' || SAFE.indexOf(b) >= 0 || driveColon)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
