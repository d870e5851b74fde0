package io.hypecheck.report;

import io.hypecheck.baseline.Comparison;
import io.hypecheck.baseline.DeltaText;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * GitHub-flavoured Markdown for pull-request comments and {@code $GITHUB_STEP_SUMMARY}: a heading,
 * the verdict counts, the ranked table (with a {@code Δ} column against a baseline), new and
 * removed projects, a collapsed section of findings per project, and the files not scored.
 * Every piece of user text is escaped, so a project name cannot break the table or inject markup.
 */
public final class MarkdownRenderer implements Renderer {

    private final boolean showSuppressed;

    /** A Markdown report; {@code showSuppressed} lists suppressed findings instead of counting them. */
    public MarkdownRenderer(boolean showSuppressed) {
        this.showSuppressed = showSuppressed;
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder("## hypecheck report\n\n");
        out.append(summary(report)).append("\n\n");
        if (report.projects().isEmpty()) {
            out.append("No projects were scored.\n\n");
        } else {
            table(out, report);
        }
        report.comparison().ifPresent(c -> baseline(out, c, report));
        for (int i = 0; i < report.projects().size(); i++) {
            MarkdownFindings.append(out, i + 1, report.projects().get(i), showSuppressed);
        }
        if (!report.errors().isEmpty()) {
            out.append("### Files not scored\n\n");
            for (Diagnostic error : report.errors()) {
                String where = error.line() == 0 ? error.file() : error.file() + ":" + error.line() + ":" + error.column();
                out.append("- ").append(MarkdownText.code(where, false)).append(": ")
                        .append(MarkdownText.text(error.message())).append('\n');
            }
            out.append('\n');
        }
        out.append("<sub>hypecheck ").append(MarkdownText.html(report.toolVersion())).append("</sub>\n");
        return out.toString();
    }

    private static String summary(Report report) {
        int n = report.projects().size();
        String text = "**" + n + (n == 1 ? " project" : " projects") + "**: " + report.count(Verdict.SUBSTANCE)
                + " substance, " + report.count(Verdict.MIXED) + " mixed, " + report.count(Verdict.HYPE) + " hype, "
                + report.count(Verdict.UNKNOWN) + " unknown";
        long errors = report.errorFiles();
        return errors == 0 ? text : text + "; **" + errors + (errors == 1 ? " file" : " files") + " not scored**";
    }

    private static void table(StringBuilder out, Report report) {
        Optional<Comparison> comparison = report.comparison();
        out.append("| Rank | Project | Verdict | Score |").append(comparison.isPresent() ? " Δ |" : "")
                .append(" Hype | Substance | Confidence | Primary trend |\n");
        out.append("| ---: | --- | --- | ---: |").append(comparison.isPresent() ? " ---: |" : "")
                .append(" ---: | ---: | ---: | --- |\n");
        for (int i = 0; i < report.projects().size(); i++) {
            ProjectScore score = report.projects().get(i);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(i + 1), MarkdownText.text(score.project().name()),
                    score.verdict().id(), String.valueOf(score.score())));
            comparison.ifPresent(c -> cells.add(delta(c, score)));
            cells.addAll(List.of(String.valueOf(score.hype()), String.valueOf(score.substance()),
                    String.format(Locale.ROOT, "%.2f", score.confidence()),
                    score.primaryTrend().map(t -> MarkdownText.code(t.id(), true)).orElse("—")));
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        out.append('\n');
    }

    private static String delta(Comparison comparison, ProjectScore score) {
        String cell = DeltaText.of(comparison, score);
        return comparison.before(score).filter(b -> b.verdict() != score.verdict())
                .map(b -> cell + " (was " + b.verdict().id() + ")").orElse(cell);
    }

    private static void baseline(StringBuilder out, Comparison comparison, Report report) {
        out.append("### Since the baseline\n\n");
        List<String> added = report.projects().stream().filter(p -> comparison.before(p).isEmpty())
                .map(p -> MarkdownText.text(p.project().name()) + " (" + MarkdownText.code(p.project().file(), false) + ")")
                .toList();
        List<String> removed = comparison.removed(report.projects()).stream()
                .map(p -> MarkdownText.text(p.name()) + " (" + MarkdownText.code(p.file(), false) + "), was "
                        + p.verdict().id() + " at " + p.score())
                .toList();
        out.append("- New: ").append(added.isEmpty() ? "none" : String.join("; ", added)).append('\n');
        out.append("- Removed: ").append(removed.isEmpty() ? "none" : String.join("; ", removed)).append("\n\n");
    }
}
