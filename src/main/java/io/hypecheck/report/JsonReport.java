package io.hypecheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.api.Evidence;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.baseline.Previous;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.TrendScore;
import io.hypecheck.score.Verdict;
import java.io.IOException;
import java.util.List;

/** Builds the JSON document of SPEC §4 (and its extensions) as a Jackson tree, in a fixed key order. */
public final class JsonReport {

    /** The report format version of SPEC §4. */
    public static final int REPORT_VERSION = 1;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonReport() {
    }

    /** The whole report. */
    public static ObjectNode document(Report report) {
        ObjectNode root = head(report);
        ArrayNode projects = root.putArray("projects");
        for (int i = 0; i < report.projects().size(); i++) {
            projects.add(entry(i + 1, report.projects().get(i), report.comparison()));
        }
        root.setAll(tail(report));
        return root;
    }

    /**
     * Writes the same document as {@link #document} to a generator, one project's entry at a time,
     * so the tree of a large report is never built whole.
     */
    public static void write(Report report, JsonGenerator out) throws IOException {
        out.writeStartObject();
        fields(head(report), out);
        out.writeArrayFieldStart("projects");
        for (int i = 0; i < report.projects().size(); i++) {
            JsonText.tree(entry(i + 1, report.projects().get(i), report.comparison()), out);
        }
        out.writeEndArray();
        fields(tail(report), out);
        out.writeEndObject();
    }

    private static void fields(ObjectNode node, JsonGenerator out) throws IOException {
        for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field : node.properties()) {
            out.writeFieldName(field.getKey());
            JsonText.tree(field.getValue(), out);
        }
    }

    /** What comes before the projects: the report's version, the tool and the summary. */
    private static ObjectNode head(Report report) {
        ObjectNode root = JSON.objectNode();
        root.put("report_version", REPORT_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "hypecheck");
        tool.put("version", report.toolVersion());
        ObjectNode summary = root.putObject("summary");
        summary.put("projects", report.projects().size());
        for (Verdict verdict : List.of(Verdict.SUBSTANCE, Verdict.MIXED, Verdict.HYPE, Verdict.UNKNOWN)) {
            summary.put(verdict.id(), report.count(verdict));
        }
        summary.put("errors", report.errorFiles());
        return root;
    }

    /** What comes after the projects: the errors and, with a baseline, the removed projects. */
    private static ObjectNode tail(Report report) {
        ObjectNode root = JSON.objectNode();
        ArrayNode errors = root.putArray("errors");
        report.errors().forEach(e -> errors.add(error(e)));
        report.comparison().ifPresent(c -> {
            ArrayNode removed = root.putObject("baseline").putArray("removed");
            for (Previous p : c.removed(report.summaries())) {
                removed.addObject().put("id", p.id()).put("name", p.name()).put("file", p.file())
                        .put("score", p.score()).put("verdict", p.verdict().id());
            }
        });
        return root;
    }

    private static void baseline(ObjectNode node, Comparison comparison, ProjectScore score) {
        java.util.Optional<Previous> before = comparison.before(score);
        node.put("new", before.isEmpty());
        if (before.isPresent()) {
            node.put("delta", comparison.delta(score).orElseThrow());
            node.put("previous_verdict", before.get().verdict().id());
        } else {
            node.putNull("delta");
            node.putNull("previous_verdict");
        }
    }

    /** One ranked project as the report lists it: with {@code new}, {@code delta} and {@code previous_verdict} when there is a baseline. */
    public static ObjectNode entry(int rank, ProjectScore score, java.util.Optional<Comparison> comparison) {
        ObjectNode project = project(rank, score);
        comparison.ifPresent(c -> baseline(project, c, score));
        return project;
    }

    /** One ranked project. */
    public static ObjectNode project(int rank, ProjectScore score) {
        ObjectNode node = JSON.objectNode();
        node.put("rank", rank);
        node.put("id", score.project().id());
        node.put("name", score.project().name());
        node.put("file", score.project().file());
        node.put("verdict", score.verdict().id());
        node.put("score", score.score());
        node.put("hype", score.hype());
        node.put("substance", score.substance());
        node.put("confidence", score.confidence());
        if (score.primaryTrend().isPresent()) {
            node.put("primary_trend", score.primaryTrend().get().id());
        } else {
            node.putNull("primary_trend");
        }
        ArrayNode trends = node.putArray("trends");
        for (TrendScore trend : score.trends()) {
            trends.addObject().put("id", trend.id()).put("stance", trend.stance().id()).put("strength", trend.strength());
        }
        ArrayNode findings = node.putArray("findings");
        score.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode suppressed = node.putArray("suppressed");
        for (io.hypecheck.score.Suppression s : score.suppressed()) {
            ObjectNode item = finding(s.finding());
            item.put("reason", s.reason());
            s.until().ifPresentOrElse(d -> item.put("until", d.toString()), () -> item.putNull("until"));
            item.put("exempted_in", s.origin());
            suppressed.add(item);
        }
        node.put("rules_checked", score.rulesChecked());
        node.put("rules_unknown", score.rulesUnknown());
        score.project().asOfText().ifPresentOrElse(d -> node.put("as_of", d), () -> node.putNull("as_of"));
        JudgmentJson.scores(node, score);
        JudgmentJson.details(node, score.judgment());
        return node;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = JSON.objectNode();
        node.put("rule", finding.rule());
        node.put("rubric", finding.rubric());
        node.put("effect", finding.effect().id());
        node.put("points", finding.points());
        node.put("counted", Math.round(finding.counted() * 100) / 100.0);
        node.put("kind", finding.kind().id());
        node.put("message", finding.message());
        ArrayNode evidence = node.putArray("evidence");
        finding.evidence().forEach(e -> evidence.add(JudgmentJson.evidence(e)));
        node.put("why", finding.why());
        node.putObject("cites").put("section", finding.cites().section()).put("title", finding.cites().title());
        return node;
    }

    private static ObjectNode error(Diagnostic diagnostic) {
        ObjectNode node = JSON.objectNode();
        node.put("file", diagnostic.file());
        node.put("line", diagnostic.line());
        node.put("column", diagnostic.column());
        node.put("message", diagnostic.message());
        return node;
    }
}
