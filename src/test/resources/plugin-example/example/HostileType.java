package example;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Example of a hostile or broken plugin (for tests): with {@code does} it runs out of memory,
 * overflows its stack, fails an assertion, misses a class, loops, calls System.exit or prints
 * to standard output; {@code when: compile} does it while compiling instead of evaluating.
 */
public final class HostileType implements RuleType {

    @Override
    public String name() {
        return "hostile";
    }

    @Override
    public String description() {
        return "Misbehaves as told (for tests).";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("does", "when");
    }

    @Override
    public Condition compile(Params params) {
        String does = params.string("does");
        if (params.optionalString("when").orElse("evaluate").equals("compile")) {
            misbehave(does);
        }
        return facts -> {
            misbehave(does);
            return Outcome.no();
        };
    }

    private static void misbehave(String does) {
        switch (does) {
            case "oom" -> {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            }
            case "stack" -> recurse(0);
            case "assert" -> throw new AssertionError("plugin invariant");
            case "noclass" -> throw new NoClassDefFoundError("com/example/Missing");
            case "loop" -> {
                long spins = 0;
                while (spins >= 0) {
                    spins++;
                }
            }
            case "exit" -> System.exit(0);
            case "print" -> System.out.println("{\"forged\": true}");
            default -> throw new IllegalArgumentException(does);
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
