package io.hypecheck.report;

import io.hypecheck.baseline.Previous;
import io.hypecheck.baseline.DeltaText;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.ProjectScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The top of the Markdown report: whether the check passes and why (the projects that meet the
 * fail condition, the files not scored), then what changed since the baseline. Long lists stop at
 * {@value #MAX_ITEMS} items and count the rest, so the report stays within GitHub's 1 MiB.
 */
final class MarkdownStatus {

    /** Items a list shows before it counts the rest. */
    static final int MAX_ITEMS = 50;

    private MarkdownStatus() {
    }

    /** The pass/fail heading and its reasons. */
    static void append(StringBuilder out, Report report, FailCondition fail) {
        List<String> failing = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            ProjectScore score = report.projects().get(i);
            List<String> reasons = report.failReasons(i);
            if (!reasons.isEmpty()) {
                failing.add("**" + MarkdownText.name(score.project().name()) + "** (" + MarkdownText.code(score.project().file(), false)
                        + "): " + MarkdownText.text(String.join("; ", reasons)));
            }
        }
        long errors = report.errorFiles();
        if (failing.isEmpty() && errors == 0) {
            out.append("### ✅ Passed\n\n").append(fail.equals(FailCondition.none())
                    ? "No fail condition is set (`--fail-on`, `--min-score`, `--fail-on-regression`), and every file was scored.\n\n"
                    : "No project meets the fail condition (" + describe(fail) + "), and every file was scored.\n\n");
            return;
        }
        List<String> why = new ArrayList<>();
        if (!failing.isEmpty()) {
            why.add(failing.size() + (failing.size() == 1 ? " project meets" : " projects meet") + " the fail condition (" + describe(fail) + ")");
        }
        if (errors > 0) {
            why.add(errors + (errors == 1 ? " file" : " files") + " could not be scored");
        }
        out.append("### ❌ Failed: ").append(String.join("; ", why)).append("\n\n");
        list(out, failing, "projects");
        List<String> invalid = report.errors().stream().map(MarkdownStatus::error).toList();
        if (!invalid.isEmpty()) {
            out.append("Files not scored:\n\n");
            list(out, invalid, "errors");
        }
    }

    /** What changed since the baseline: verdict changes, the largest moves, new and removed projects. */
    static void baseline(StringBuilder out, Report report, Comparison comparison) {
        out.append("### Since the baseline\n\n");
        List<ProjectScore> scored = report.projects();
        List<String> verdicts = new ArrayList<>();
        List<ProjectScore> moved = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (ProjectScore p : scored) {
            Optional<Previous> before = comparison.before(p);
            if (before.isEmpty()) {
                added.add(MarkdownText.name(p.project().name()) + " (" + MarkdownText.code(p.project().file(), false) + ")");
            } else if (before.get().verdict() != p.verdict()) {
                verdicts.add(MarkdownText.name(p.project().name()) + ": " + before.get().verdict().id() + " → "
                        + p.verdict().id() + " (" + DeltaText.of(comparison, p) + ")");
            } else if (comparison.delta(p).orElse(0) != 0) {
                moved.add(p);
            }
        }
        moved.sort(Comparator.comparingInt((ProjectScore p) -> -Math.abs(comparison.delta(p).orElse(0))));
        List<String> moves = moved.stream().map(p -> MarkdownText.name(p.project().name()) + ": "
                + DeltaText.of(comparison, p) + " to " + p.score()).toList();
        List<String> removed = comparison.removed(scored).stream()
                .map(p -> MarkdownText.name(p.name()) + " (" + MarkdownText.code(p.file(), false) + "), was "
                        + p.verdict().id() + " at " + p.score())
                .toList();
        section(out, "Verdict changes", verdicts);
        section(out, "Largest score changes", moves.subList(0, Math.min(moves.size(), 10)));
        section(out, "New", added);
        section(out, "Removed", removed);
    }

    private static void section(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            out.append("- ").append(title).append(": none\n");
            return;
        }
        out.append("- ").append(title).append(":\n");
        items.stream().limit(MAX_ITEMS).forEach(item -> out.append("  - ").append(item).append('\n'));
        if (items.size() > MAX_ITEMS) {
            out.append("  - … and ").append(items.size() - MAX_ITEMS).append(" more\n");
        }
        if (title.equals("Removed")) {
            out.append('\n');
        }
    }

    private static void list(StringBuilder out, List<String> items, String noun) {
        if (items.isEmpty()) {
            return;
        }
        items.stream().limit(MAX_ITEMS).forEach(item -> out.append("- ").append(item).append('\n'));
        if (items.size() > MAX_ITEMS) {
            out.append("- … and ").append(items.size() - MAX_ITEMS).append(" more ").append(noun)
                    .append(" (the JSON report and the job log have them all)\n");
        }
        out.append('\n');
    }

    private static String error(Diagnostic error) {
        String where = error.line() == 0 ? error.file() : error.file() + ":" + error.line() + ":" + error.column();
        return MarkdownText.code(where, false) + ": " + MarkdownText.text(error.message());
    }

    /** The fail condition as the flags that set it, such as {@code --fail-on hype, --min-score 30}. */
    static String describe(FailCondition fail) {
        List<String> parts = new ArrayList<>();
        fail.failOn().ifPresent(v -> parts.add("`--fail-on " + v.id() + "`"));
        fail.minScore().ifPresent(n -> parts.add("`--min-score " + n + "`"));
        fail.maxRegression().ifPresent(n -> parts.add("`--fail-on-regression " + n + "`"));
        return parts.isEmpty() ? "none set" : String.join(", ", parts);
    }
}
