package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.Verdict;
import java.util.List;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run; one rule per rule id
 * that fired; one result per finding (hype a {@code warning}, substance a {@code note};
 * suppressed ones with an external suppression) located at its first evidence, with a stable
 * {@code hypecheck/v1} fingerprint; file errors as {@code hypecheck/invalid-file} results and as
 * tool notifications; the summary in the run's properties.
 */
public final class SarifRenderer implements Renderer {

    /** Where users learn about the tool. */
    public static final String INFORMATION_URI = "https://github.com/hypecheck/hypecheck";
    /** The SARIF schema the output follows. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String render(Report report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        SarifRules rules = new SarifRules(report);
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "hypecheck").put("version", report.toolVersion()).put("informationUri", INFORMATION_URI);
        driver.set("rules", rules.toJson());
        run.putArray("invocations").add(invocation(report.errors()));
        run.set("results", SarifResults.of(report, rules));
        run.put("columnKind", "utf16CodeUnits");
        run.set("properties", properties(report));
        return JsonText.write(root);
    }

    private static ObjectNode invocation(List<Diagnostic> errors) {
        ObjectNode invocation = JsonNodeFactory.instance.objectNode();
        invocation.put("executionSuccessful", true);
        if (!errors.isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (Diagnostic error : errors) {
                ObjectNode note = notifications.addObject();
                note.put("level", "error");
                note.putObject("message").put("text", error.format());
                note.putArray("locations").addObject().set("physicalLocation", SarifResults.place(error));
                note.putObject("descriptor").put("id", SarifRules.INVALID_FILE);
            }
        }
        return invocation;
    }

    private static ObjectNode properties(Report report) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.put("report_version", JsonReport.REPORT_VERSION);
        ObjectNode summary = properties.putObject("summary");
        summary.put("projects", report.projects().size());
        for (Verdict verdict : List.of(Verdict.SUBSTANCE, Verdict.MIXED, Verdict.HYPE, Verdict.UNKNOWN)) {
            summary.put(verdict.id(), report.count(verdict));
        }
        summary.put("errors", report.errorFiles());
        report.comparison().ifPresent(c -> {
            ArrayNode removed = properties.putObject("baseline").putArray("removed");
            c.removed(report.projects()).forEach(p -> removed.add(p.id()));
        });
        return properties;
    }
}
