package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.rubric.Effect;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code tool.driver.rules} of a SARIF run: one descriptor per rule id that fired in any
 * project (suppressed or not), sorted by id, plus {@code hypecheck/invalid-file} when files failed.
 */
final class SarifRules {

    /** The rule id of results for files that could not be scored. */
    static final String INVALID_FILE = "hypecheck/invalid-file";

    private final Map<String, ObjectNode> byId = new TreeMap<>();
    private final List<String> order;

    SarifRules(Report report) {
        for (ProjectScore score : report.projects()) {
            score.findings().forEach(f -> byId.computeIfAbsent(f.rule(), id -> descriptor(f)));
            score.suppressed().stream().map(Suppression::finding)
                    .forEach(f -> byId.computeIfAbsent(f.rule(), id -> descriptor(f)));
        }
        if (!report.errors().isEmpty()) {
            byId.put(INVALID_FILE, invalidFile());
        }
        order = new ArrayList<>(byId.keySet());
    }

    /** The descriptors, in {@code ruleIndex} order. */
    ArrayNode toJson() {
        ArrayNode rules = JsonNodeFactory.instance.arrayNode();
        byId.values().forEach(rules::add);
        return rules;
    }

    /** The {@code ruleIndex} of a rule id. */
    int index(String ruleId) {
        return order.indexOf(ruleId);
    }

    /** {@code warning} for hype, {@code note} for substance. */
    static String level(Effect effect) {
        return effect == Effect.HYPE ? "warning" : "note";
    }

    private static ObjectNode descriptor(Finding finding) {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        rule.put("id", finding.rule());
        rule.put("name", name(finding.rule()));
        rule.putObject("shortDescription").put("text", finding.message());
        rule.putObject("fullDescription").put("text", finding.why());
        rule.putObject("defaultConfiguration").put("level", level(finding.effect()));
        rule.putObject("help")
                .put("text", finding.why() + "\n\nArticle: " + finding.cites().label())
                .put("markdown", MarkdownText.text(finding.why()) + "\n\nArticle: " + MarkdownText.text(finding.cites().label()));
        ObjectNode properties = rule.putObject("properties");
        properties.put("rubric", finding.rubric()).put("effect", finding.effect().id()).put("points", finding.points());
        properties.putArray("tags").add("hypecheck").add(finding.effect().id()).add(finding.rubric());
        return rule;
    }

    private static ObjectNode invalidFile() {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        String why = "The file is not valid YAML, or a field has the wrong type; it was not scored.";
        rule.put("id", INVALID_FILE);
        rule.put("name", "InvalidFile");
        rule.putObject("shortDescription").put("text", "Invalid project file");
        rule.putObject("fullDescription").put("text", why);
        rule.putObject("defaultConfiguration").put("level", "error");
        rule.putObject("help").put("text", why).put("markdown", why);
        rule.putObject("properties").putArray("tags").add("hypecheck").add("invalid-file");
        return rule;
    }

    /** {@code zk-large-model-proofs} → {@code ZkLargeModelProofs}. */
    static String name(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.length() == 0 ? id : out.toString();
    }
}
