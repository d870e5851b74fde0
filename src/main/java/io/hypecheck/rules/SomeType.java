package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code some}: evaluates {@code where}, whose field paths are relative to the element, on each
 * object of the list at {@code list} (such as {@code models}), so that fields of one element are
 * judged together. True when an element is true (evidence: theirs); otherwise unknown when an
 * element is unknown; false when the list is present and every element false (an empty list is
 * false); unknown when the list is absent.
 */
public final class SomeType implements RuleType {

    @Override
    public String name() {
        return "some";
    }

    @Override
    public String description() {
        return "Some element of the list satisfies where, whose field paths are relative to the element.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("list", "where");
    }

    @Override
    public Condition compile(Params params) {
        String list = params.field("list");
        Condition where = params.conditionWithin("where", list);
        return facts -> {
            Optional<List<Facts>> elements = facts.elements(list);
            if (elements.isEmpty()) {
                return Outcome.unknown();
            }
            return Outcome.anyOf(elements.get().stream().map(where::evaluate).toList());
        };
    }
}
