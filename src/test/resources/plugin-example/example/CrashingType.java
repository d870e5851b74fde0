package example;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.Set;

/** Example of a broken plugin: compiles fine, throws when evaluated. */
public final class CrashingType implements RuleType {

    @Override
    public String name() {
        return "crashing";
    }

    @Override
    public String description() {
        return "Always throws (for tests).";
    }

    @Override
    public Set<String> parameters() {
        // the parameters of months-since, so that one test rubric serves both
        return Set.of("field", "min");
    }

    @Override
    public Condition compile(Params params) {
        return facts -> {
            throw new IllegalStateException("boom");
        };
    }
}
