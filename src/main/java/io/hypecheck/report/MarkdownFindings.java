package io.hypecheck.report;

import io.hypecheck.api.Evidence;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The collapsed {@code <details>} section of one project in the Markdown report: its findings and suppressed findings. */
final class MarkdownFindings {

    private MarkdownFindings() {
    }

    static void append(StringBuilder out, int rank, ProjectScore score, boolean showSuppressed) {
        int count = score.findings().size();
        out.append("<details>\n<summary>").append(rank).append(". ").append(MarkdownText.html(MarkdownText.cut(score.project().name())))
                .append(": ").append(score.verdict().id()).append(", score ").append(score.score()).append(" (")
                .append(count).append(count == 1 ? " finding" : " findings").append(")</summary>\n\n");
        out.append(MarkdownText.code(score.project().file(), false)).append("\n\n");
        if (score.findings().isEmpty()) {
            out.append("No rule fired.\n\n");
        } else {
            out.append("| Rule | Effect | Points | Message | Evidence |\n| --- | --- | ---: | --- | --- |\n");
            score.findings().forEach(f -> row(out, f, evidence(f.evidence())));
            out.append('\n');
        }
        List<Suppression> suppressed = score.suppressed();
        if (!suppressed.isEmpty() && showSuppressed) {
            out.append("Suppressed:\n\n| Rule | Effect | Points | Message | Reason |\n| --- | --- | ---: | --- | --- |\n");
            suppressed.forEach(s -> row(out, s.finding(), MarkdownText.text(s.reason())));
            out.append('\n');
        } else if (!suppressed.isEmpty()) {
            out.append("_").append(suppressed.size()).append(suppressed.size() == 1 ? " suppressed finding" : " suppressed findings")
                    .append(" not shown._\n\n");
        }
        claims(out, score);
        out.append("</details>\n\n");
    }

    /** The claims ledger of a project: each claim the facts contradict or leave unsupported. */
    private static void claims(StringBuilder out, ProjectScore score) {
        var claims = score.judgment().claims().stream()
                .filter(c -> c.status() != io.hypecheck.claims.ClaimStatus.SUPPORTED).toList();
        if (claims.isEmpty()) {
            return;
        }
        out.append("Claims the facts do not back:\n\n");
        for (var c : claims) {
            out.append("- ").append(c.status().id()).append(": ").append(MarkdownText.text(MarkdownText.cut(c.text())))
                    .append(" (line ").append(c.location().line()).append(")\n");
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, Finding finding, String last) {
        out.append("| ").append(MarkdownText.code(finding.rule(), true)).append(" | ").append(finding.effect().id())
                .append(" | +").append(finding.points()).append(" | ").append(MarkdownText.text(finding.message()))
                .append(" | ").append(last).append(" |\n");
    }

    private static String evidence(List<Evidence> evidence) {
        Set<String> places = new LinkedHashSet<>();
        for (Evidence e : evidence) {
            places.add(MarkdownText.code(e.path(), true) + " at line " + e.location().line());
        }
        return places.isEmpty() ? "—" : String.join(", ", places);
    }
}
