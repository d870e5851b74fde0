package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Location;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code count}: true when the list at the field has between min and max elements. */
public final class CountType implements RuleType {

    @Override
    public String name() {
        return "count";
    }

    @Override
    public String description() {
        return "The list at the field (claims, models, audits, ...) has between min and max elements.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("field", "min", "max");
    }

    @Override
    public Condition compile(Params params) {
        String field = params.field("field");
        Bounds bounds = Bounds.of(params);
        return facts -> {
            Optional<Location> location = facts.locate(field);
            if (location.isEmpty()) {
                return Outcome.unknown();
            }
            int count = size(facts, field);
            return bounds.contains(BigDecimal.valueOf(count))
                    ? Outcome.yes(new Evidence(field, count + (count == 1 ? " item" : " items"), location.get()))
                    : Outcome.no();
        };
    }

    private static int size(Facts facts, String field) {
        Optional<List<Facts>> elements = facts.elements(field);
        return elements.isPresent() && !elements.get().isEmpty() ? elements.get().size() : facts.values(field).size();
    }
}
