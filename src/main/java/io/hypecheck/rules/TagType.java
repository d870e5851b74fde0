package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.text.Fold;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code tag}: true when the project's {@code tags} include one of the given tags, both
 * normalized: trimmed, lower case, accents removed, runs of spaces and underscores made one
 * hyphen ({@code "ZK AI"} and {@code zk_ai} are {@code zk-ai}). Evidence: the matching tags. False
 * when {@code tags} is present without a match; unknown when it is absent.
 */
public final class TagType implements RuleType {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");

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
        if (wanted.isEmpty() || wanted.contains("")) {
            throw new InvalidRuleException("tags must not be empty or blank");
        }
        return facts -> {
            List<Fact> tags = facts.values("tags");
            if (tags.isEmpty() && facts.locate("tags").isEmpty()) {
                return Outcome.unknown();
            }
            List<Evidence> evidence = tags.stream().filter(t -> wanted.contains(normalize(t.value().toString())))
                    .map(Fact::evidence).toList();
            return evidence.isEmpty() ? Outcome.no() : Outcome.yes(evidence);
        };
    }

    /** The tag trimmed, folded, with each run of spaces and underscores replaced by one hyphen. */
    static String normalize(String tag) {
        return SEPARATORS.matcher(Fold.fold(tag.strip())).replaceAll("-");
    }
}
