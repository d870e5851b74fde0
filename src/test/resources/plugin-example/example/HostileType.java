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
 * overflows its stack, fails an assertion, misses a class, loops, calls System.exit, halts the
 * JVM, prints to standard output, writes to the process's stdout itself ({@code FileDescriptor.out})
 * or does nothing; {@code when: compile} does it while compiling instead of evaluating.
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
            case "halt" -> Runtime.getRuntime().halt(0);
            case "fdout" -> {
                try {
                    java.io.FileOutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                    out.write("garbage from a plugin\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            case "nothing" -> { }
            default -> throw new IllegalArgumentException(does);
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
