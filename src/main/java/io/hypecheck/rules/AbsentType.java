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
 * With {@code stated: true} it holds only where the prose states the fact is missing or not public
 * ("usage figures are not disclosed", "não há código aberto"), and is unknown when the file is
 * merely silent: for rules that make hype of an absence only when the file says so.
 */
public final class AbsentType implements RuleType {

    @Override
    public String name() {
        return "absent";
    }

    @Override
    public String description() {
        return "The field is not in the project file (never unknown); with stated: true, only where the prose says it is missing or not public (else unknown).";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("field", "stated");
    }

    @Override
    public Optional<String> shorthand() {
        return Optional.of("field");
    }

    @Override
    public Condition compile(Params params) {
        String field = params.field("field");
        boolean stated = params.bool("stated").orElse(false);
        return facts -> {
            if (PresentType.evidence(facts, field).isPresent()) {
                return Outcome.no();
            }
            Optional<Evidence> said = facts.statedAbsent(field);
            if (stated) {
                return said.map(Outcome::yes).orElse(Outcome.unknown());
            }
            return Outcome.yes(said.orElseGet(() -> new Evidence(field, "absent", facts.nearest(field), Basis.ABSENCE, Provenance.UNSTATED)));
        };
    }
}
