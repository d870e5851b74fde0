package io.hypecheck.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.project.FileBytes;
import io.hypecheck.score.Verdict;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an earlier JSON report (SPEC §4) as the baseline of a comparison; what is wrong with its
 * content is named with its line and column ({@code --baseline FILE:LINE:COLUMN: ...}).
 */
public final class BaselineReader {

    /** Largest baseline read, in bytes. */
    static final int MAX_BYTES = 64 << 20;

    private BaselineReader() {
    }

    /**
     * The comparison with the report in {@code file}, which must be of {@code reportVersion}; a
     * missing or malformed file is a configuration error.
     */
    public static Comparison read(Path file, int reportVersion) {
        JsonNode root;
        JsonPositions positions;
        try {
            byte[] bytes = FileBytes.read(file, MAX_BYTES);
            if (bytes.length > MAX_BYTES) {
                throw HypecheckException.config("--baseline " + file + ": larger than " + (MAX_BYTES >> 20)
                        + " MiB; is it really a hypecheck JSON report?");
            }
            root = tree(file, bytes);
            positions = JsonPositions.of(bytes, 3);
        } catch (FileBytes.NotRegularFile e) {
            throw HypecheckException.config("--baseline " + file + ": cannot read: not a regular file");
        } catch (AccessDeniedException e) {
            throw HypecheckException.config("--baseline " + file + ": cannot read: permission denied");
        } catch (java.nio.file.NoSuchFileException e) {
            throw HypecheckException.config("--baseline " + file + ": cannot read: no such file");
        } catch (IOException e) {
            throw HypecheckException.config("--baseline " + file + ": cannot read: " + e.getMessage());
        }
        if (root == null || root.path("report_version").asInt() != reportVersion || !root.path("projects").isArray()) {
            String pointer = root != null && root.path("report_version").asInt() == reportVersion ? "/projects" : "/report_version";
            throw HypecheckException.config("--baseline " + file + ":" + positions.at(pointer)
                    + ": not a hypecheck JSON report (report_version " + reportVersion + " with projects)");
        }
        List<Previous> previous = new ArrayList<>();
        int index = 0;
        for (JsonNode project : root.path("projects")) {
            int i = index++;
            java.util.function.Function<String, String> where = field -> "--baseline " + file + ":"
                    + positions.at("/projects/" + i + "/" + field) + ": projects[" + i + "]." + field;
            String id = text(project, "id", where);
            Verdict verdict = Verdict.parse(text(project, "verdict", where))
                    .orElseThrow(() -> HypecheckException.config(where.apply("verdict") + ": unknown verdict"));
            if (!project.path("score").isInt() || project.path("score").asInt() < 0 || project.path("score").asInt() > 100) {
                throw HypecheckException.config(where.apply("score") + ": expected an integer from 0 to 100");
            }
            previous.add(new Previous(id, project.path("name").asText(id), project.path("file").asText(""),
                    project.path("score").asInt(), verdict));
        }
        return Comparison.of(previous);
    }

    /** The document's tree; malformed JSON is a configuration error at the line and column where reading stopped. */
    private static JsonNode tree(Path file, byte[] bytes) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(bytes)) {
            try {
                return mapper.readTree(parser);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String problem = e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                        ? "nested too deeply, or a number or string too long"
                        : String.valueOf(e.getOriginalMessage()).replaceAll("\\[Source: [^;\\]]*; ", "[");
                throw HypecheckException.config("--baseline " + file + ":" + at.getLineNr() + ":" + at.getColumnNr()
                        + ": not a JSON report: " + problem);
            }
        }
    }

    private static String text(JsonNode node, String field, java.util.function.Function<String, String> where) {
        if (!node.path(field).isTextual()) {
            throw HypecheckException.config(where.apply(field) + ": expected a string");
        }
        return node.path(field).asText();
    }
}
