package io.hypecheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** Writes JSON the way every hypecheck document is written: two-space indent, {@code "key": value}, {@code \n} line ends. */
public final class JsonText {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final ObjectWriter COMPACT = new ObjectMapper().writer();

    private JsonText() {
    }

    /** The tree, pretty-printed, ending with a newline. */
    public static String write(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * Writes what {@code content} gives a generator to {@code out}, pretty-printed as {@link #write}
     * prints a tree and ending with a newline, without building the text first; {@code out} is
     * flushed, not closed.
     */
    public static void stream(java.io.Writer out, Content content) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator generator = WRITER.createGenerator(out)) {
            generator.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            content.writeTo(generator);
        }
        out.write('\n');
        out.flush();
    }

    /** What is written to a generator. */
    @FunctionalInterface
    public interface Content {
        void writeTo(com.fasterxml.jackson.core.JsonGenerator generator) throws java.io.IOException;
    }

    /** The tree on one line, without a newline. */
    public static String compact(JsonNode tree) {
        try {
            return COMPACT.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
