package io.hypecheck.yaml;

import io.hypecheck.api.Location;
import io.hypecheck.diagnostic.Diagnostic;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the bytes of a YAML file into a node tree, safely: nothing is instantiated (only the
 * node tree is composed), aliases, nesting and size are bounded, and every problem becomes one
 * {@link Diagnostic} with a position instead of an exception.
 */
public final class SafeYaml {

    /** Largest file read, in bytes. */
    public static final int MAX_BYTES = 1 << 20;
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 24;
    /** Largest document once aliases are expanded: one per node plus the characters of scalars. */
    private static final long MAX_EXPANDED = 4L * MAX_BYTES;
    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+)' that cannot start any token\\..*");
    private static final Pattern GLOBAL_TAG = Pattern.compile("Global tag is not allowed: (.+)");
    private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("found unknown escape character (.+)\\([0-9]+\\)");
    private static final Pattern HEX_ESCAPE = Pattern.compile("expected escape sequence of ([0-9]+) hexadecimal numbers.*");
    private static final List<Map.Entry<String, String>> TOKENS = List.of(
            Map.entry("<stream end>", "the end of the file"),
            Map.entry("<block end>", "the end of the indented block"),
            Map.entry("'<block mapping start>'", "a new mapping"),
            Map.entry("'<block sequence start>'", "a new list"),
            Map.entry("'<scalar>'", "a value"),
            Map.entry("'<document start>'", "'---'"),
            Map.entry("'-'", "a list item ('-')"));

    /**
     * The result of reading: a node tree and its text, or the one error that stopped it.
     *
     * @param node   the document's root node, or null when empty or failed
     * @param source the decoded text
     * @param error  the error, or null
     */
    public record Parsed(YamlNode node, SourceText source, Diagnostic error) {
    }

    private SafeYaml() {
    }

    /** Reads one YAML document from {@code bytes}; {@code file} names it in messages. */
    public static Parsed read(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed(Diagnostic.error(file, 0, 0, "file is larger than " + (MAX_BYTES >> 20) + " MiB; is it really a project file?"));
        }
        String encoding = wideEncoding(bytes);
        if (encoding != null) {
            return failed(Diagnostic.error(file, 1, 1, "file is " + encoding + "; save it as UTF-8"));
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
            Node node = compose(text);
            return new Parsed(node == null ? null : NodeTree.of(node), source, null);
        } catch (GuardedParser.LimitExceeded e) {
            Location at = source.position(e.mark().getIndex());
            return new Parsed(null, source, Diagnostic.error(file, at.line(), at.column(), e.getMessage()));
        } catch (MarkedYAMLException e) {
            return new Parsed(null, source, marked(file, source, e));
        } catch (ReaderException e) {
            Location at = source.position(e.getPosition());
            return new Parsed(null, source, Diagnostic.error(file, at.line(), at.column(), String.format(Locale.ROOT,
                    "invalid YAML: non-printable character U+%04X; delete it", e.getCodePoint())));
        } catch (YAMLException e) {
            return new Parsed(null, source, Diagnostic.error(file, 0, 0, unmarked(oneLine(e.getMessage()))));
        } catch (RuntimeException e) {
            // the YAML library's own checks that do not throw its exceptions (a tag such as '!%A' that
            // does not decode): found by fuzzing, see ParsersFuzzTestInputs
            return new Parsed(null, source, Diagnostic.error(file, 0, 0, "invalid YAML: " + oneLine(e.getMessage())));
        }
    }

    /**
     * The name of a wide encoding the bytes are in (UTF-32 or UTF-16, with or without a byte-order
     * mark, told by where the zero bytes of ASCII text fall), or null.
     */
    private static String wideEncoding(byte[] b) {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return "UTF-16";
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0
                || b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-32 without a byte-order mark";
        }
        if (b.length >= 2 && (b[0] != 0 && b[1] == 0 || b[0] == 0 && b[1] != 0)) {
            return "UTF-16 without a byte-order mark";
        }
        return null;
    }

    /** A one-line message for SnakeYAML's error with a position, in words a project author knows. */
    private static Diagnostic marked(String file, SourceText source, MarkedYAMLException e) {
        String problem = oneLine(e.getProblem() != null ? e.getProblem() : e.getContext());
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String message;
        Matcher m;
        if (problem.contains("\\t(TAB)")) {
            message = "invalid YAML: tab character; YAML indents and separates with spaces, not tabs";
        } else if ((m = CANNOT_START.matcher(problem)).matches()) {
            message = "invalid YAML: '" + m.group(1) + "' cannot start a value; put the value in quotes";
        } else if ((m = GLOBAL_TAG.matcher(problem)).matches()) {
            message = "YAML tag '" + tagName(m.group(1)) + "' is not allowed in project files";
        } else if (problem.equals("but found another document")) {
            message = "a project file is one YAML document, but '---' starts a second one here";
        } else if (problem.equals("mapping values are not allowed here")) {
            message = "invalid YAML: unexpected ':' (is this line indented too far, or does a value"
                    + " holding ': ' need quotes?)";
        } else if ((m = UNKNOWN_ESCAPE.matcher(problem)).matches()) {
            message = "invalid YAML: unknown escape '\\" + m.group(1) + "' in a double-quoted string"
                    + " (write \\\\ for a backslash, or use single quotes)";
        } else if ((m = HEX_ESCAPE.matcher(problem)).matches()) {
            message = "invalid YAML: a backslash in a double-quoted string starts an escape, and this one needs "
                    + m.group(1) + " hexadecimal digits (write \\\\ for a backslash, or use single quotes)";
        } else if (problem.equals("found unexpected end of stream") && e.getContext() != null
                && e.getContext().contains("quoted scalar") && e.getContextMark() != null) {
            message = "invalid YAML: the quoted value that starts here is never closed";
            mark = e.getContextMark();
        } else {
            String words = problem;
            for (Map.Entry<String, String> token : TOKENS) {
                words = words.replace(token.getKey(), token.getValue());
            }
            message = "invalid YAML: " + words;
        }
        Location at = mark == null ? null : source.position(mark.getIndex());
        return Diagnostic.error(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), message);
    }

    /** A message for SnakeYAML's errors without a position: the limits that guard against hostile files. */
    private static String unmarked(String problem) {
        if (problem.startsWith("Number of aliases")) {
            return "more than " + MAX_ALIASES + " aliases to lists or mappings; project and rubric files need no such"
                    + " repetition (is this a 'billion laughs' file?)";
        }
        if (problem.startsWith("Nesting Depth exceeded")) {
            return "nested more than " + MAX_DEPTH + " levels deep; a project or rubric file needs at most a few";
        }
        return "invalid YAML: " + problem;
    }

    /** How a tag is written in a file: {@code !!name} for the YAML namespace, {@code !<uri>} for others. */
    public static String tagName(String tag) {
        if (tag.startsWith(YAML_TAG_PREFIX)) {
            return "!!" + tag.substring(YAML_TAG_PREFIX.length());
        }
        return tag.startsWith("!") ? tag : "!<" + tag + ">";
    }

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        GuardedParser parser = new GuardedParser(new ParserImpl(new StreamReader(new StringReader(text)), options),
                MAX_DEPTH, MAX_ALIASES, MAX_EXPANDED);
        return new Composer(parser, new Resolver(), options).getSingleNode();
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
        String before = new String(bytes, lineStart, Math.max(0, Math.min(offset, bytes.length) - lineStart), StandardCharsets.UTF_8);
        return Diagnostic.error(file, line, before.codePointCount(0, before.length()) + 1, message);
    }

    private static Parsed failed(Diagnostic error) {
        return new Parsed(null, new SourceText(""), error);
    }

    static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
    }
}
