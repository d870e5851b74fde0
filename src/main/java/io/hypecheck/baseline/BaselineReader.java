package io.hypecheck.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.score.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an earlier JSON report (SPEC §4) as the baseline of a comparison. */
public final class BaselineReader {

    private BaselineReader() {
    }

    /**
     * The comparison with the report in {@code file}, which must be of {@code reportVersion}; a
     * missing or malformed file is a configuration error.
     */
    public static Comparison read(Path file, int reportVersion) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw HypecheckException.config("--baseline " + file + ": not a JSON report: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw HypecheckException.config("--baseline " + file + ": cannot read: " + e.getMessage());
        }
        if (root == null || root.path("report_version").asInt() != reportVersion || !root.path("projects").isArray()) {
            throw HypecheckException.config("--baseline " + file + ": not a hypecheck JSON report (report_version "
                    + reportVersion + " with projects)");
        }
        List<Previous> previous = new ArrayList<>();
        int index = 0;
        for (JsonNode project : root.path("projects")) {
            String where = "--baseline " + file + ": projects[" + index++ + "]";
            String id = text(project, "id", where);
            Verdict verdict = Verdict.parse(text(project, "verdict", where))
                    .orElseThrow(() -> HypecheckException.config(where + ".verdict: unknown verdict"));
            if (!project.path("score").isInt()) {
                throw HypecheckException.config(where + ".score: expected an integer");
            }
            previous.add(new Previous(id, project.path("name").asText(id), project.path("file").asText(""),
                    project.path("score").asInt(), verdict));
        }
        return Comparison.of(previous);
    }

    private static String text(JsonNode node, String field, String where) {
        if (!node.path(field).isTextual()) {
            throw HypecheckException.config(where + "." + field + ": expected a string");
        }
        return node.path(field).asText();
    }
}
