package io.hypecheck.report;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.rubric.Effect;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GitHub Actions workflow commands that annotate the project files in a run and its pull request,
 * ordered so that GitHub's display limit (10 annotations of each kind per step) keeps what
 * matters: first an {@code ::error} per invalid file, then, for the projects that fail the run
 * (then the others, lowest score first), an {@code ::error} at the project's name saying why it
 * fails and a {@code ::warning} per hype finding at its first evidence, most points first.
 * Substance findings are {@code ::notice}s only when asked, suppressed findings too; when more
 * errors or warnings are written than GitHub shows, a first notice says how many there are.
 * No fail condition met, no hype and no errors prints nothing. Columns follow hypecheck's
 * locations (end exclusive) and are left out when a span covers several lines, as GitHub accepts
 * columns on one line only. Files are named relative to the repository root, as GitHub expects,
 * whatever folder hypecheck ran in. All project text is neutralised ({@link SafeText}).
 */
public final class GithubRenderer implements Renderer {

    /** Annotations of one kind GitHub shows for a step. */
    public static final int SHOWN_PER_KIND = 10;

    private final RenderOptions options;
    private final SarifLocation places;

    /**
     * Workflow commands for the fail condition, substance notices and suppressed findings the
     * options ask for, with file paths relative to the options' source root (the repository root).
     */
    public GithubRenderer(RenderOptions options) {
        this.options = options;
        this.places = new SarifLocation(options.sourceRoot());
    }

    @Override
    public String format() {
        return "github";
    }

    @Override
    public String render(Report report) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (Diagnostic error : report.errors()) {
            errors.add(fileError(error));
        }
        for (int rank : WorstFirst.order(report)) {
            ProjectScore score = report.projects().get(rank);
            List<String> reasons = report.failReasons(rank);
            if (!reasons.isEmpty()) {
                errors.add(failure(score, reasons));
            }
            for (Finding finding : WorstFirst.hype(score.findings())) {
                warnings.add(annotation("warning", finding, score, "").line(message(finding, score)));
            }
            if (options.annotateSubstance()) {
                score.findings().stream().filter(f -> f.effect() == Effect.SUBSTANCE).forEach(finding ->
                        notices.add(annotation("notice", finding, score, "").line(message(finding, score))));
            }
            if (options.showSuppressed()) {
                for (Suppression s : score.suppressed()) {
                    notices.add(annotation("notice", s.finding(), score, "suppressed: ")
                            .line(message(s.finding(), score) + "\nsuppressed: " + SafeText.line(s.reason())));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        if (errors.size() > SHOWN_PER_KIND || warnings.size() > SHOWN_PER_KIND) {
            out.append(new WorkflowCommand("notice").property("title", "hypecheck: more annotations than GitHub shows")
                    .line(errors.size() + " errors and " + warnings.size() + " warnings were written, worst first; "
                            + "GitHub shows " + SHOWN_PER_KIND + " of each kind per step. The job log and the "
                            + "job summary have them all.")).append('\n');
        }
        for (List<String> kind : List.of(errors, warnings, notices)) {
            kind.forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    private String fileError(Diagnostic error) {
        WorkflowCommand command = new WorkflowCommand("error").property("file", places.repositoryPath(error.file()));
        if (error.line() > 0) {
            command.property("line", error.line());
            if (error.column() > 0) {
                command.property("col", error.column());
            }
        }
        return command.property("title", "hypecheck: invalid file").line(SafeText.line(error.message()));
    }

    /** The error of a project that fails the run, at its {@code name}. */
    private String failure(ProjectScore score, List<String> reasons) {
        WorkflowCommand command = new WorkflowCommand("error").property("file", places.repositoryPath(score.project().file()));
        score.project().fields().scalar("name").ifPresent(name -> command.property("line", name.location().line()));
        String name = SafeText.line(score.project().name());
        return command.property("title", "hypecheck: " + name + " fails the check")
                .line(name + ": " + score.verdict().id() + ", score " + score.score() + " (hype " + score.hype()
                        + ", substance " + score.substance() + "); fails on " + String.join("; ", reasons));
    }

    private WorkflowCommand annotation(String level, Finding finding, ProjectScore score, String titlePrefix) {
        WorkflowCommand command = new WorkflowCommand(level).property("file", places.repositoryPath(score.project().file()));
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
        return command.property("title", titlePrefix + SafeText.line(finding.message()) + " (+" + finding.points() + " "
                + finding.effect().id() + ", " + finding.rule() + ")");
    }

    /** The project and its verdict, the evidence, then the article's point on the next line. */
    private static String message(Finding finding, ProjectScore score) {
        String head = SafeText.line(score.project().name()) + ": " + score.verdict().id() + ", score " + score.score();
        String evidence = finding.evidence().stream().map(GithubRenderer::evidence).collect(Collectors.joining(", "));
        return head + (evidence.isEmpty() ? "" : "; " + evidence) + "\n" + SafeText.line(finding.why());
    }

    private static String evidence(Evidence e) {
        String flat = SafeText.line(e.text()).replaceAll("\\s+", " ").strip();
        return e.path() + " = \"" + (flat.length() > 80 ? flat.substring(0, 77) + "..." : flat) + "\"";
    }
}
