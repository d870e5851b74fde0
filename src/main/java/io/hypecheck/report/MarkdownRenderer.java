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
 * GitHub-flavoured Markdown for pull-request comments and {@code $GITHUB_STEP_SUMMARY}: whether
 * the check passed and why ({@link MarkdownStatus}), what changed since the baseline, the verdict
 * counts, the ranked table (with a {@code Δ} column against a baseline), and a collapsed section
 * of findings per project. It stays under GitHub's 1 MiB job-summary limit however many projects
 * there are: above {@value #EDGE} projects at each end of the ranking the middle rows are counted,
 * not listed, and findings sections stop at a byte budget. Every piece of user text is escaped
 * and neutralised, so a project name cannot break the table or inject markup.
 */
public final class MarkdownRenderer implements Renderer {

    /** Projects shown in full at the top and at the bottom of the ranking. */
    static final int EDGE = 100;
    /** Bytes (UTF-8, roughly) the findings sections may bring the report to; GitHub's limit is 1,048,576. */
    static final int BUDGET = 900_000;

    private final RenderOptions options;

    /** A Markdown report with the options' fail condition and suppressed findings. */
    public MarkdownRenderer(RenderOptions options) {
        this.options = options;
    }

    /** A Markdown report without a fail condition; {@code showSuppressed} lists suppressed findings instead of counting them. */
    public MarkdownRenderer(boolean showSuppressed) {
        this(new RenderOptions(false, io.hypecheck.score.FailCondition.none(), showSuppressed));
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder("## hypecheck report\n\n");
        MarkdownStatus.append(out, report, options.fail());
        report.comparison().ifPresent(c -> MarkdownStatus.baseline(out, report, c));
        out.append(summary(report)).append("\n\n");
        List<Integer> shown = shown(report.projects().size());
        if (report.projects().isEmpty()) {
            out.append("No projects were scored.\n\n");
        } else {
            table(out, report, shown);
        }
        int left = 0;
        long bytes = utf8(out);
        for (int i : shown) {
            StringBuilder section = new StringBuilder();
            MarkdownFindings.append(section, i + 1, report.projects().get(i), options.showSuppressed());
            long size = utf8(section);
            if (left > 0 || bytes + size > BUDGET) {
                left++;
                continue;
            }
            bytes += size;
            out.append(section);
        }
        if (left > 0) {
            out.append("_The findings of ").append(left).append(left == 1 ? " more project" : " more projects")
                    .append(" are left out to keep this summary under GitHub's 1 MiB limit; `hypecheck explain` "
                            + "and the JSON report have them._\n\n");
        }
        out.append("<sub>hypecheck ").append(MarkdownText.html(report.toolVersion())).append("</sub>\n");
        return out.toString();
    }

    private static long utf8(CharSequence text) {
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** The indexes of the projects listed: all of them, or the top and bottom {@value #EDGE}. */
    private static List<Integer> shown(int n) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (n <= 2 * EDGE || i < EDGE || i >= n - EDGE) {
                shown.add(i);
            }
        }
        return shown;
    }

    private static String summary(Report report) {
        int n = report.projects().size();
        String text = "**" + n + (n == 1 ? " project" : " projects") + "**: " + report.count(Verdict.SUBSTANCE)
                + " substance, " + report.count(Verdict.MIXED) + " mixed, " + report.count(Verdict.HYPE) + " hype, "
                + report.count(Verdict.UNKNOWN) + " unknown";
        long errors = report.errorFiles();
        return errors == 0 ? text : text + "; **" + errors + (errors == 1 ? " file" : " files") + " not scored**";
    }

    private static void table(StringBuilder out, Report report, List<Integer> shown) {
        Optional<Comparison> comparison = report.comparison();
        out.append("| Rank | Project | Verdict | Score |").append(comparison.isPresent() ? " Δ |" : "")
                .append(" Hype | Substance | Confidence | Primary trend |\n");
        out.append("| ---: | --- | --- | ---: |").append(comparison.isPresent() ? " ---: |" : "")
                .append(" ---: | ---: | ---: | --- |\n");
        int previous = -1;
        for (int i : shown) {
            if (i != previous + 1) {
                out.append("| … | _").append(i - previous - 1).append(" projects ranked ").append(previous + 2).append(" to ")
                        .append(i).append(" are not listed; the JSON report has them_ |\n");
            }
            previous = i;
            ProjectScore score = report.projects().get(i);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(i + 1), MarkdownText.name(score.project().name()),
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
}
