package io.hypecheck.rules;

import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text values a text-matching rule reads: the fields it names, or every free-text field. */
record TextFields(Optional<List<String>> paths) {

    static TextFields of(Params params) {
        return new TextFields(params.fields("fields"));
    }

    /** The string values to search; empty when every field is absent. */
    List<Fact> read(Facts facts) {
        List<Fact> all = paths.isEmpty() ? facts.text() : paths.get().stream().flatMap(p -> facts.values(p).stream()).toList();
        List<Fact> out = new ArrayList<>();
        for (Fact fact : all) {
            if (fact.value() instanceof String) {
                out.add(fact);
            }
        }
        return out;
    }
}
