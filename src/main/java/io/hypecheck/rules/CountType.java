package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Location;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code count}: true when the list at {@code field} has between {@code min} and {@code max}
 * elements (inclusive): objects for a list of objects ({@code models}, {@code audits}), values for
 * a list of scalars ({@code claims}, {@code sources}). An empty list counts zero. Evidence:
 * {@code N items} at the list. Unknown when the list is absent.
 */
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
            List<Fact> values = facts.values(field);
            Optional<List<Facts>> elements = facts.elements(field);
            Optional<Location> location = facts.locate(field).or(() -> values.stream().findFirst().map(Fact::location));
            if (location.isEmpty() && elements.isEmpty()) {
                return Outcome.unknown();
            }
            int count = elements.filter(e -> !e.isEmpty()).map(List::size).orElse(values.size());
            if (!bounds.contains(BigDecimal.valueOf(count))) {
                return Outcome.no();
            }
            return Outcome.yes(location.map(at -> List.of(new Evidence(field, count + (count == 1 ? " item" : " items"), at)))
                    .orElse(List.of()));
        };
    }
}
