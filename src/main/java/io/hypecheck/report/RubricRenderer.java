package io.hypecheck.report;

import io.hypecheck.engine.RegisteredType;
import io.hypecheck.engine.SelfTestResult;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Rule;
import java.util.Collection;
import java.util.List;

/** Text views of rubrics for {@code hypecheck rubrics}: the list, one rubric in full, rule types, self-test results. */
public final class RubricRenderer {

    private RubricRenderer() {
    }

    /** One line per rubric: id, stance, rule and test counts, title. */
    public static String list(List<Rubric> rubrics) {
        int width = rubrics.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        StringBuilder out = new StringBuilder();
        for (Rubric r : rubrics) {
            out.append(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-14s  %2d rules  %2d tests  %s\n", r.id(), r.stance().id(),
                    r.rules().size(), r.tests().size(), r.title()));
        }
        return out.toString();
    }

    /** A rubric in full: citation, and every rule with its condition, points and why. */
    public static String show(Rubric r) {
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(": ").append(r.title()).append(" (").append(r.stance().id()).append(")\n");
        out.append("article: ").append(r.cites().label());
        if (!r.cites().part().isEmpty()) {
            out.append(", in \"").append(r.cites().part()).append('"');
        }
        out.append('\n');
        if (!r.cites().point().isEmpty()) {
            out.append("point: ").append(r.cites().point()).append('\n');
        }
        out.append("file: ").append(r.file()).append('\n');
        out.append(r.match().always() ? "applies to every project\n"
                : "matches at strength " + r.match().minStrength() + " from " + r.match().signals().size() + " signals\n");
        for (Rule rule : r.rules()) {
            out.append("\n").append(rule.id()).append("  +").append(rule.points()).append(' ').append(rule.effect().id())
                    .append("  ").append(rule.title()).append('\n');
            out.append("  why: ").append(rule.why()).append('\n');
            out.append("  when: ").append(rule.source().replace("\n", "\n        ")).append('\n');
        }
        return out.toString();
    }

    /** One line per rule type: name, origin, description. */
    public static String types(Collection<RegisteredType> types) {
        int width = types.stream().mapToInt(t -> t.type().name().length()).max().orElse(4);
        StringBuilder out = new StringBuilder();
        for (RegisteredType t : types) {
            out.append(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-9s  %s\n", t.type().name(), t.origin(), t.type().description()));
        }
        return out.toString();
    }

    /** One line per case, failures indented under it, then a count. */
    public static String tests(List<SelfTestResult> results) {
        StringBuilder out = new StringBuilder();
        long failed = 0;
        for (SelfTestResult result : results) {
            out.append(result.passed() ? "ok    " : "FAIL  ").append(result.rubric().id()).append(": ")
                    .append(result.test().name()).append('\n');
            for (String failure : result.failures()) {
                out.append("        ").append(result.rubric().file()).append(':').append(result.test().line())
                        .append(": ").append(failure).append('\n');
            }
            failed += result.passed() ? 0 : 1;
        }
        out.append(results.size() - failed).append(" passed, ").append(failed).append(" failed\n");
        return out.toString();
    }
}
