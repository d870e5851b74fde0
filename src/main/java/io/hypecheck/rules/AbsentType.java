package io.hypecheck.rules;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.Provenance;
import io.hypecheck.api.RuleType;
import java.util.Optional;
import java.util.Set;

/**
 * {@code absent}: true when the field is not in the project file, with evidence pointing where it
 * would go (its nearest enclosing mapping, or the document), or at the prose that states it is
 * missing; false when it is in the file, or when the prose reports the fact (a public repository,
 * a model, a revenue figure): absence is not hype when the file says otherwise. Never unknown.
 */
public final class AbsentType implements RuleType {

    @Override
    public String name() {
        return "absent";
    }

    @Override
    public String description() {
        return "The field is not in the project file (never unknown).";
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
        return facts -> PresentType.evidence(facts, field).isPresent() ? Outcome.no()
                : Outcome.yes(facts.statedAbsent(field)
                        .orElseGet(() -> new Evidence(field, "absent", facts.nearest(field), Basis.ABSENCE, Provenance.UNSTATED)));
    }
}
