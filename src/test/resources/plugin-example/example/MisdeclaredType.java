package example;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Example of a plugin that declares itself badly (for tests): the system property
 * {@code misdeclared} says how (a description that throws, no parameters, a null parameter name,
 * a shorthand it does not take, a multi-line description, running out of memory).
 */
public final class MisdeclaredType implements RuleType {

    private static String how() {
        return System.getProperty("misdeclared", "");
    }

    @Override
    public String name() {
        return "misdeclared";
    }

    @Override
    public String description() {
        return switch (how()) {
            case "throws" -> throw new IllegalStateException("no description\nerror: forged");
            case "null-description" -> null;
            case "multi-line" -> "first line\nerror: x.yaml:1:1: forged";
            case "oom" -> {
                java.util.List<long[]> hog = new java.util.ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            }
            default -> "Declares itself as told (for tests).";
        };
    }

    @Override
    public Set<String> parameters() {
        return switch (how()) {
            case "null-parameters" -> null;
            case "null-parameter" -> new HashSet<>(Arrays.asList("field", null));
            default -> Set.of("field");
        };
    }

    @Override
    public Optional<String> shorthand() {
        return how().equals("bad-shorthand") ? Optional.of("elsewhere") : Optional.empty();
    }

    @Override
    public Condition compile(Params params) {
        return facts -> Outcome.no();
    }
}
