package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.Verdict;
import java.util.List;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run; alerts only for what
 * needs attention, as {@link SarifResults} orders and cuts them: invalid files
 * ({@code hypecheck/invalid-file}, {@code error}, also as tool notifications), hype findings
 * ({@code warning}) located at their first evidence, and contradicted claims
 * ({@code hypecheck/contradicted-claim}, {@code warning}) at the claim, with a stable
 * {@code hypecheck/v1} fingerprint; substance findings are not alerts, suppressed ones only with
 * {@code --show-suppressed}; one rule per rule id the results use; URIs relative to the
 * repository root ({@code %SRCROOT%}); the summary in the run's properties.
 */
public final class SarifRenderer implements Renderer {

    private final RenderOptions options;

    /** SARIF with the options' source root, fail condition (for the order) and suppressed findings. */
    public SarifRenderer(RenderOptions options) {
        this.options = options;
    }

    /** SARIF with paths as given, no fail condition, and suppressed findings left out. */
    public SarifRenderer() {
        this(RenderOptions.defaults());
    }

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
        return JsonText.write(document(report));
    }

    /** The same text written to {@code out} from the tree, without building the string first. */
    @Override
    public void render(Report report, java.io.Writer out) throws java.io.IOException {
        ObjectNode root = document(report);
        JsonText.stream(out, generator -> JsonText.tree(root, generator));
    }

    private ObjectNode document(Report report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        List<SarifResults.Entry> all = SarifResults.entries(report, options);
        List<SarifResults.Entry> kept = all.subList(0, Math.min(all.size(), SarifResults.LIMIT));
        SarifRules rules = new SarifRules(kept);
        SarifLocation places = new SarifLocation(options.sourceRoot());
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "hypecheck").put("version", report.toolVersion()).put("informationUri", INFORMATION_URI);
        driver.set("rules", rules.toJson());
        run.putArray("invocations").add(invocation(report.errors(), places));
        run.set("results", SarifResults.toJson(kept, rules, places, report.comparison()));
        run.put("columnKind", "utf16CodeUnits");
        run.set("properties", properties(report, all.size() - kept.size()));
        return root;
    }

    @Override
    public List<String> warnings(Report report) {
        int all = SarifResults.entries(report, options).size();
        return all <= SarifResults.LIMIT ? List.of() : List.of("sarif: " + all + " results cut to the first "
                + SarifResults.LIMIT + " (GitHub code scanning keeps no more); " + (all - SarifResults.LIMIT)
                + " hype findings and contradicted claims of the best-scoring projects were left out");
    }

    private static ObjectNode invocation(List<Diagnostic> errors, SarifLocation places) {
        ObjectNode invocation = JsonNodeFactory.instance.objectNode();
        invocation.put("executionSuccessful", true);
        if (!errors.isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (Diagnostic error : errors) {
                ObjectNode note = notifications.addObject();
                note.put("level", "error");
                note.putObject("message").put("text", SafeText.line(error.format()));
                note.putArray("locations").addObject().set("physicalLocation", SarifResults.place(error, places));
                note.putObject("descriptor").put("id", SarifRules.INVALID_FILE);
            }
        }
        return invocation;
    }

    private static ObjectNode properties(Report report, int cut) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.put("report_version", JsonReport.REPORT_VERSION);
        if (cut > 0) {
            properties.put("results_left_out", cut);
        }
        ObjectNode summary = properties.putObject("summary");
        summary.put("projects", report.projects().size());
        for (Verdict verdict : List.of(Verdict.SUBSTANCE, Verdict.MIXED, Verdict.HYPE, Verdict.UNKNOWN)) {
            summary.put(verdict.id(), report.count(verdict));
        }
        summary.put("errors", report.errorFiles());
        report.comparison().ifPresent(c -> {
            ArrayNode removed = properties.putObject("baseline").putArray("removed");
            c.removed(report.summaries()).forEach(p -> removed.add(p.id()));
        });
        return properties;
    }
}
