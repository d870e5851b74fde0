package example;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.Set;

/** Example of a clashing plugin: reuses the name of a built-in rule type. */
public final class ShadowTagType implements RuleType {

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public String description() {
        return "Clashes with the built-in tag type (for tests).";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("tags");
    }

    @Override
    public Condition compile(Params params) {
        return facts -> Outcome.unknown();
    }
}
