package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.engine.RegisteredType;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Rule;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code rubrics list -f json} and {@code rubrics types -f json}: the rubrics in use (id, title,
 * stance, file, citation, match, rules and test count) and the rule types (name, origin,
 * description, parameters), in the order the text forms list them.
 */
public final class RubricJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RubricJson() {
    }

    /** {@code {"rubrics": [...]}}. */
    public static String list(List<Rubric> rubrics) {
        ObjectNode root = JSON.objectNode();
        ArrayNode items = root.putArray("rubrics");
        for (Rubric r : rubrics) {
            ObjectNode item = items.addObject();
            item.put("id", r.id()).put("title", r.title()).put("stance", r.stance().id()).put("file", r.file());
            item.putObject("cites").put("section", r.cites().section()).put("title", r.cites().title())
                    .put("part", r.cites().part()).put("point", r.cites().point());
            ObjectNode match = item.putObject("match").put("always", r.match().always());
            if (!r.match().always()) {
                match.put("min_strength", r.match().minStrength()).put("signals", r.match().signals().size());
            }
            ArrayNode rules = item.putArray("rules");
            for (Rule rule : r.rules()) {
                rules.addObject().put("id", rule.id()).put("title", rule.title()).put("effect", rule.effect().id())
                        .put("points", rule.points()).put("why", rule.why());
            }
            item.put("tests", r.tests().size());
        }
        return JsonText.write(root);
    }

    /** {@code {"types": [...]}}. */
    public static String types(Collection<RegisteredType> types) {
        ObjectNode root = JSON.objectNode();
        ArrayNode items = root.putArray("types");
        for (RegisteredType t : types) {
            ObjectNode item = items.addObject().put("name", t.type().name()).put("origin", t.origin())
                    .put("description", t.type().description());
            ArrayNode parameters = item.putArray("parameters");
            new TreeSet<>(t.type().parameters()).forEach(parameters::add);
        }
        return JsonText.write(root);
    }
}
