package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code present}: true when the field is in the project file, false when it is not; never
 * unknown. Evidence: its values (at most five), or {@code present} at the field for an object or
 * a list of objects.
 */
public final class PresentType implements RuleType {

    @Override
    public String name() {
        return "present";
    }

    @Override
    public String description() {
        return "The field is in the project file (never unknown).";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("field");
    }

    @Override
    public Optional<String> shorthand() {
        return Optional.of("field");
    }

    @Override
    public Condition compile(Params params) {
        String field = params.field("field");
        return facts -> evidence(facts, field).map(Outcome::yes).orElse(Outcome.no());
    }

    /** Evidence that the field is present, or empty when it is absent. */
    static Optional<List<Evidence>> evidence(Facts facts, String field) {
        List<Fact> values = facts.values(field);
        if (!values.isEmpty()) {
            return Optional.of(values.stream().map(Fact::evidence).limit(5).toList());
        }
        return facts.locate(field).map(location -> List.of(new Evidence(field, "present", location)));
    }
}
