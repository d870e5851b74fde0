package io.hypecheck.rules;

import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Params;
import java.util.List;
import java.util.Optional;

/**
 * The text values a text-matching rule reads: the fields named by its {@code fields} parameter,
 * or every free-text value of the project ({@link Facts#text()}).
 *
 * @param paths the named fields, or empty for every free-text value
 */
record TextFields(Optional<List<String>> paths) {

    TextFields {
        paths = paths.map(List::copyOf);
    }

    static TextFields of(Params params) {
        return new TextFields(params.fields("fields"));
    }

    /**
     * The string values to search; empty when every field is absent, so the rule is unknown. A
     * field that is present without text (an empty list, a number) gives an empty list: false.
     */
    Optional<List<Fact>> read(Facts facts) {
        if (paths.isEmpty()) {
            List<Fact> all = strings(facts.text());
            return all.isEmpty() ? Optional.empty() : Optional.of(all);
        }
        List<Fact> all = strings(paths.get().stream().flatMap(p -> facts.values(p).stream()).toList());
        boolean present = !all.isEmpty() || paths.get().stream().anyMatch(p -> facts.locate(p).isPresent());
        return present ? Optional.of(all) : Optional.empty();
    }

    private static List<Fact> strings(List<Fact> facts) {
        return facts.stream().filter(f -> f.value() instanceof String).toList();
    }
}
