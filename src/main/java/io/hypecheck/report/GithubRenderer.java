package io.hypecheck.report;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import java.util.stream.Collectors;

/**
 * GitHub Actions workflow commands that annotate the project files in a run and its pull request:
 * one per finding at its first evidence (hype a {@code ::warning}, substance a {@code ::notice}),
 * suppressed findings as notices when asked, one {@code ::error} per file error; nothing else, so
 * no findings and no errors print nothing. Columns follow hypecheck's locations (end exclusive)
 * and are left out when a span covers several lines, as GitHub accepts columns on one line only.
 */
public final class GithubRenderer implements Renderer {

    private final boolean showSuppressed;

    /** Workflow commands; {@code showSuppressed} adds a notice per suppressed finding. */
    public GithubRenderer(boolean showSuppressed) {
        this.showSuppressed = showSuppressed;
    }

    @Override
    public String format() {
        return "github";
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (ProjectScore score : report.projects()) {
            for (Finding finding : score.findings()) {
                String level = finding.effect() == io.hypecheck.rubric.Effect.HYPE ? "warning" : "notice";
                out.append(annotation(level, finding, score, "").line(message(finding, score))).append('\n');
            }
            if (showSuppressed) {
                for (Suppression s : score.suppressed()) {
                    out.append(annotation("notice", s.finding(), score, "suppressed: ")
                            .line(message(s.finding(), score) + "\nsuppressed: " + s.reason())).append('\n');
                }
            }
        }
        for (Diagnostic error : report.errors()) {
            WorkflowCommand command = new WorkflowCommand("error").property("file", SarifLocation.path(error.file()));
            if (error.line() > 0) {
                command.property("line", error.line());
                if (error.column() > 0) {
                    command.property("col", error.column());
                }
            }
            out.append(command.property("title", "hypecheck: invalid file").line(error.message())).append('\n');
        }
        return out.toString();
    }

    private static WorkflowCommand annotation(String level, Finding finding, ProjectScore score, String titlePrefix) {
        WorkflowCommand command = new WorkflowCommand(level).property("file", SarifLocation.path(score.project().file()));
        if (!finding.evidence().isEmpty()) {
            Location at = finding.evidence().get(0).location();
            command.property("line", at.line());
            if (at.endLine() == at.line()) {
                command.property("col", at.column());
                if (at.endColumn() > at.column()) {
                    command.property("endColumn", at.endColumn());
                }
            } else {
                command.property("endLine", at.endLine());
            }
        }
        return command.property("title", titlePrefix + finding.message() + " (+" + finding.points() + " "
                + finding.effect().id() + ", " + finding.rule() + ")");
    }

    /** The project and its verdict, the evidence, then the article's point on the next line. */
    private static String message(Finding finding, ProjectScore score) {
        String head = score.project().name() + ": " + score.verdict().id() + ", score " + score.score();
        String evidence = finding.evidence().stream().map(GithubRenderer::evidence).collect(Collectors.joining(", "));
        return head + (evidence.isEmpty() ? "" : "; " + evidence) + "\n" + finding.why();
    }

    private static String evidence(Evidence e) {
        String flat = e.text().replaceAll("\\s+", " ").strip();
        return e.path() + " = \"" + (flat.length() > 80 ? flat.substring(0, 77) + "..." : flat) + "\"";
    }
}
