package io.hypecheck.project;

import io.hypecheck.diagnostic.Diagnostic;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Turns the bytes of a YAML file into a node tree, safely: nothing is instantiated (only the
 * node tree is composed), aliases, nesting and size are bounded, and every problem becomes one
 * {@link Diagnostic} with a position instead of an exception.
 */
public final class SafeYaml {

    /** Largest file read, in bytes. */
    public static final int MAX_BYTES = 1 << 20;
    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 24;

    /**
     * The result of reading: a node tree and its text, or the one error that stopped it.
     *
     * @param node   the document's root node, or null when empty or failed
     * @param source the decoded text
     * @param error  the error, or null
     */
    public record Parsed(Node node, SourceText source, Diagnostic error) {
    }

    private SafeYaml() {
    }

    /** Reads one YAML document from {@code bytes}; {@code file} names it in messages. */
    public static Parsed read(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed(Diagnostic.error(file, 0, 0, "file is larger than " + (MAX_BYTES >> 10) + " KiB; is it really a project file?"));
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return failed(Diagnostic.error(file, 1, 1, "file is UTF-16; save it as UTF-8"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(error(file, bytes, i, "binary file (NUL byte), not YAML"));
            }
        }
        String text;
        try {
            text = decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(error(file, bytes, firstInvalidUtf8(bytes), "invalid UTF-8; save the file as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SourceText source = new SourceText(text);
        try {
            Node node = yaml().compose(new StringReader(text));
            return new Parsed(node, source, null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            io.hypecheck.api.Location at = mark == null ? null : source.position(mark);
            return new Parsed(null, source, Diagnostic.error(file, at == null ? 0 : at.line(),
                    at == null ? 0 : at.column(), "invalid YAML: " + oneLine(problem)));
        } catch (YAMLException e) {
            return new Parsed(null, source, Diagnostic.error(file, 0, 0, "invalid YAML: " + oneLine(e.getMessage())));
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static Diagnostic error(String file, byte[] bytes, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Diagnostic.error(file, line, offset - lineStart + 1, message);
    }

    private static Parsed failed(Diagnostic error) {
        return new Parsed(null, new SourceText(""), error);
    }

    static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
    }
}
