package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.api.Evidence;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SARIF results of a report: one per finding, in rank and then finding order, suppressed
 * findings marked with an external suppression, then one per file error.
 */
final class SarifResults {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SarifResults() {
    }

    static ArrayNode of(Report report, SarifRules rules) {
        ArrayNode results = JSON.arrayNode();
        for (ProjectScore score : report.projects()) {
            for (Finding finding : score.findings()) {
                results.add(finding(finding, score, rules, report.comparison()));
            }
            for (Suppression suppression : score.suppressed()) {
                ObjectNode result = finding(suppression.finding(), score, rules, report.comparison());
                ObjectNode entry = result.putArray("suppressions").addObject();
                entry.put("kind", "external").put("justification", suppression.reason());
                ObjectNode properties = entry.putObject("properties").put("exempted_in", suppression.origin());
                suppression.until().ifPresent(day -> properties.put("until", day.toString()));
                results.add(result);
            }
        }
        report.errors().forEach(error -> results.add(error(error, rules)));
        return results;
    }

    private static ObjectNode finding(Finding finding, ProjectScore score, SarifRules rules, Optional<Comparison> comparison) {
        ObjectNode result = JSON.objectNode();
        result.put("ruleId", finding.rule());
        result.put("ruleIndex", rules.index(finding.rule()));
        result.put("level", SarifRules.level(finding.effect()));
        result.putObject("message").put("text", message(finding, score));
        List<Evidence> evidence = finding.evidence();
        result.putArray("locations").addObject().set("physicalLocation", evidence.isEmpty()
                ? SarifLocation.physical(score.project().file(), 1, 0)
                : SarifLocation.physical(score.project().file(), evidence.get(0).location()));
        if (evidence.size() > 1) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 1; i < evidence.size(); i++) {
                ObjectNode place = related.addObject().put("id", i);
                place.set("physicalLocation", SarifLocation.physical(score.project().file(), evidence.get(i).location()));
                place.putObject("message").put("text", evidence.get(i).path() + " = " + quote(evidence.get(i).text()));
            }
        }
        result.putObject("partialFingerprints").put(SarifFingerprint.KEY, SarifFingerprint.of(finding.rule(),
                score.project().id(), evidence.isEmpty() ? "" : evidence.get(0).path()));
        ObjectNode properties = result.putObject("properties");
        properties.put("project", score.project().id()).put("score", score.score()).put("verdict", score.verdict().id())
                .put("hype", score.hype()).put("substance", score.substance()).put("confidence", score.confidence());
        comparison.flatMap(c -> c.before(score)).ifPresent(before -> properties
                .put("delta", score.score() - before.score()).put("previous_verdict", before.verdict().id()));
        return result;
    }

    /** {@code Title (+10 hype) in Project: path = "text", path = "text"}. */
    private static String message(Finding finding, ProjectScore score) {
        String head = finding.message() + " (+" + finding.points() + " " + finding.effect().id() + ") in "
                + score.project().name();
        if (finding.evidence().isEmpty()) {
            return head;
        }
        return head + ": " + finding.evidence().stream().map(e -> e.path() + " = " + quote(e.text()))
                .collect(Collectors.joining(", "));
    }

    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > 80 ? flat.substring(0, 77) + "..." : flat) + "\"";
    }

    private static ObjectNode error(Diagnostic error, SarifRules rules) {
        ObjectNode result = JSON.objectNode();
        result.put("ruleId", SarifRules.INVALID_FILE);
        result.put("ruleIndex", rules.index(SarifRules.INVALID_FILE));
        result.put("level", "error");
        result.putObject("message").put("text", error.message());
        result.putArray("locations").addObject().set("physicalLocation", place(error));
        result.putObject("partialFingerprints").put(SarifFingerprint.KEY,
                SarifFingerprint.of(SarifRules.INVALID_FILE, SarifLocation.path(error.file()), error.message()));
        return result;
    }

    /** Where an error stands; a whole-file error (line 0) is put at line 1. */
    static ObjectNode place(Diagnostic error) {
        return SarifLocation.physical(error.file(), error.line(), error.column());
    }
}
