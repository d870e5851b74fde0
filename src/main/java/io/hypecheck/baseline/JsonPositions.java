package io.hypecheck.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the values of a JSON document start, as {@code line:column}, by JSON Pointer
 * ({@code /projects/0/score}), down to a given depth: a tree read by Jackson keeps no positions,
 * and a message about a baseline names the line and column of the value it is about.
 */
final class JsonPositions {

    private final Map<String, String> positions;

    private JsonPositions(Map<String, String> positions) {
        this.positions = positions;
    }

    /** The positions of the values of {@code json} at most {@code depth} levels down; the document must parse. */
    static JsonPositions of(byte[] json, int depth) throws IOException {
        Map<String, String> positions = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                String pointer = context.pathAsPointer().toString();
                if (context.getNestingDepth() <= depth) {
                    JsonLocation at = parser.currentTokenLocation();
                    positions.putIfAbsent(pointer, at.getLineNr() + ":" + at.getColumnNr());
                }
            }
        }
        return new JsonPositions(positions);
    }

    /** {@code line:column} of the value at {@code pointer}, else of the nearest value holding it. */
    String at(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            String found = positions.get(p);
            if (found != null || p.isEmpty()) {
                return found == null ? "1:1" : found;
            }
        }
    }
}
