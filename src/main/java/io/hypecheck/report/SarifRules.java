package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.rubric.Effect;
import io.hypecheck.score.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code tool.driver.rules} of a SARIF run: one descriptor per rule id the results point at,
 * sorted by id ({@code hypecheck/invalid-file} among them when files failed, and
 * {@code hypecheck/contradicted-claim} when a claim is contradicted).
 */
final class SarifRules {

    /** The rule id of results for files that could not be scored. */
    static final String INVALID_FILE = "hypecheck/invalid-file";

    /** The rule id of results for claims that the file's own facts contradict (the claims ledger). */
    static final String CONTRADICTED_CLAIM = "hypecheck/contradicted-claim";

    /** The article point the contradicted-claim rule cites, as reality-check's rc-contradicted-claims does. */
    private static final String CLAIM_WHY = "The article calls the gap between Web3-AI's story and its reality a "
            + "distortion field; a promise the project's own facts refute is that gap made visible.";
    private static final String CLAIM_ARTICLE = "\"Distorção da realidade Web3-AI\" (The Web3-AI reality distortion field)";

    private final Map<String, ObjectNode> byId = new TreeMap<>();
    private final List<String> order;

    SarifRules(List<SarifResults.Entry> results) {
        for (SarifResults.Entry entry : results) {
            if (entry.error() != null) {
                byId.computeIfAbsent(INVALID_FILE, id -> invalidFile());
            } else if (entry.claim() != null) {
                byId.computeIfAbsent(CONTRADICTED_CLAIM, id -> contradictedClaim());
            } else {
                byId.computeIfAbsent(entry.finding().rule(), id -> descriptor(entry.finding()));
            }
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
        rule.putObject("shortDescription").put("text", SafeText.line(finding.message()));
        rule.putObject("fullDescription").put("text", SafeText.line(finding.why()));
        rule.putObject("defaultConfiguration").put("level", level(finding.effect()));
        rule.putObject("help")
                .put("text", SafeText.line(finding.why()) + "\n\nArticle: " + SafeText.line(finding.cites().label()))
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

    private static ObjectNode contradictedClaim() {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        rule.put("id", CONTRADICTED_CLAIM);
        rule.put("name", "ContradictedClaim");
        rule.putObject("shortDescription").put("text", "A claim that the file's own facts contradict");
        rule.putObject("fullDescription").put("text", "The claims ledger matched this claim against the file's facts, "
                + "and a fact refutes it (closed code against \"open source\", central providers against "
                + "\"decentralized\", undisclosed or falling usage against \"millions of users\"). " + CLAIM_WHY);
        rule.putObject("defaultConfiguration").put("level", "warning");
        rule.putObject("help").put("text", CLAIM_WHY + "\n\nArticle: " + CLAIM_ARTICLE)
                .put("markdown", MarkdownText.text(CLAIM_WHY) + "\n\nArticle: " + MarkdownText.text(CLAIM_ARTICLE));
        ObjectNode properties = rule.putObject("properties");
        properties.put("rubric", "reality-check").put("effect", "hype");
        properties.putArray("tags").add("hypecheck").add("hype").add("claims");
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
