package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.text.Fold;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code tag}: true when the project's tags include one of the given tags (case, accents, spaces and underscores ignored). */
public final class TagType implements RuleType {

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public String description() {
        return "The project's tags include one of these (case, accents, spaces and underscores ignored).";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("tags");
    }

    @Override
    public Optional<String> shorthand() {
        return Optional.of("tags");
    }

    @Override
    public Condition compile(Params params) {
        Set<String> wanted = params.strings("tags").stream().map(TagType::normalize).collect(Collectors.toSet());
        return facts -> {
            List<Fact> tags = facts.values("tags");
            if (tags.isEmpty()) {
                return Outcome.unknown();
            }
            List<Evidence> evidence = tags.stream().filter(t -> wanted.contains(normalize(t.text()))).map(Fact::evidence).toList();
            return evidence.isEmpty() ? Outcome.no() : Outcome.yes(evidence);
        };
    }

    static String normalize(String tag) {
        return Fold.fold(tag.strip()).replaceAll("[\\s_]+", "-");
    }
}
