package io.hypecheck.prose;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a project's prose says, by field path: the facts read from it, and the fields it states are
 * absent or not public.
 *
 * @param facts     facts read from the prose, by path, in text order
 * @param absences  where the prose states that a field's fact does not exist or is not public
 */
public record ProseReading(Map<String, List<Fact>> facts, Map<String, Evidence> absences) {

    public ProseReading {
        facts = Map.copyOf(facts);
        absences = Map.copyOf(absences);
    }

    /** The facts read at a path, in text order; empty when the prose says nothing of it. */
    public List<Fact> at(String path) {
        return facts.getOrDefault(path, List.of());
    }

    /** Where the prose states that the fact at a path does not exist or is not public. */
    public Optional<Evidence> absence(String path) {
        return Optional.ofNullable(absences.get(path));
    }
}
