package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.api.Evidence;
import io.hypecheck.claims.ClaimCheck;
import io.hypecheck.rubric.Kind;
import io.hypecheck.score.Judgment;
import io.hypecheck.score.Next;
import io.hypecheck.score.ProjectScore;

/**
 * The JSON of what a verdict rests on (extensions of SPEC §4): {@code score_low}, {@code score_high},
 * {@code coverage}, {@code support}, {@code next}, {@code claims}, and each piece of evidence's
 * {@code basis} and {@code provenance}.
 */
final class JudgmentJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JudgmentJson() {
    }

    /** The score range and coverage, beside the SPEC scores. */
    static void scores(ObjectNode node, ProjectScore score) {
        node.put("score_low", score.judgment().scoreLow());
        node.put("score_high", score.judgment().scoreHigh());
        node.put("coverage", score.judgment().coverage());
    }

    /** Support, what would change the verdict, and the claims ledger. */
    static void details(ObjectNode node, Judgment judgment) {
        ObjectNode support = node.putObject("support");
        ArrayNode substance = support.putArray("substance");
        judgment.substanceKinds().stream().map(Kind::id).forEach(substance::add);
        ArrayNode hype = support.putArray("hype");
        judgment.hypeKinds().stream().map(Kind::id).forEach(hype::add);
        ArrayNode next = node.putArray("next");
        for (Next n : judgment.next()) {
            ObjectNode item = next.addObject().put("rule", n.rule()).put("text", n.text()).put("points", n.points());
            ArrayNode fields = item.putArray("fields");
            n.fields().forEach(fields::add);
        }
        ArrayNode claims = node.putArray("claims");
        for (ClaimCheck c : judgment.claims()) {
            ObjectNode item = claims.addObject().put("text", c.text()).put("status", c.status().id()).put("topic", c.topic())
                    .put("path", c.path()).put("line", c.location().line()).put("column", c.location().column());
            ArrayNode evidence = item.putArray("evidence");
            c.evidence().forEach(e -> evidence.add(evidence(e)));
        }
    }

    /** One piece of evidence, located, with its basis and provenance. */
    static ObjectNode evidence(Evidence e) {
        return JSON.objectNode().put("path", e.path()).put("value", e.text())
                .put("line", e.location().line()).put("column", e.location().column())
                .put("end_line", e.location().endLine()).put("end_column", e.location().endColumn())
                .put("basis", e.basis().id()).put("provenance", e.provenance().id());
    }
}
