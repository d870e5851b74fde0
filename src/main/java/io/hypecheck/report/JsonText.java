package io.hypecheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes JSON the way every hypecheck document is written: two-space indent, {@code "key": value}, {@code \n} line ends.
 * Trees are written node by node to a streaming generator, without an {@code ObjectMapper}: building one
 * loads and sets up most of Jackson's data binding, a sizeable part of a one-file run's start.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /** The tree, pretty-printed, ending with a newline. */
    public static String write(JsonNode tree) {
        StringWriter out = new StringWriter();
        try {
            stream(out, generator -> tree(tree, generator));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    /**
     * Writes what {@code content} gives a generator to {@code out}, pretty-printed as {@link #write}
     * prints a tree and ending with a newline, without building the text first; {@code out} is
     * flushed, not closed.
     */
    public static void stream(Writer out, Content content) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(pretty());
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            content.writeTo(generator);
        }
        out.write('\n');
        out.flush();
    }

    /** What is written to a generator. */
    @FunctionalInterface
    public interface Content {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /** The tree on one line, without a newline. */
    public static String compact(JsonNode tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            tree(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    /** Writes a tree to a generator, each node as Jackson's own serialization of it writes it. */
    public static void tree(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    tree(field.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode item : node) {
                    tree(item, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> number(node, out);
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void number(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.numberType()) {
            case INT -> out.writeNumber(node.intValue());
            case LONG -> out.writeNumber(node.longValue());
            case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
            case FLOAT -> out.writeNumber(node.floatValue());
            case DOUBLE -> out.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
            default -> throw new IllegalArgumentException("not a JSON number: " + node.numberType());
        }
    }

    private static PrettyPrinter pretty() {
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }
}
