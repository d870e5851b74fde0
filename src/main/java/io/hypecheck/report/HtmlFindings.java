package io.hypecheck.report;

import io.hypecheck.api.Evidence;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import java.util.List;

/**
 * A project's findings in the HTML report, one row each: the rule and rubric, effect and points,
 * the finding with the article point it paraphrases, its evidence as {@code file:line:column} with
 * the field and value, and the article section it cites. Suppressed findings follow, with their
 * reasons, when asked for; otherwise they are counted.
 */
final class HtmlFindings {

    private HtmlFindings() {
    }

    static void append(StringBuilder out, ProjectScore score, boolean showSuppressed) {
        if (score.findings().isEmpty()) {
            out.append("<p>No rule fired.</p>\n");
        } else {
            table(out, score.project().file(), score.findings(), List.of());
        }
        List<Suppression> suppressed = score.suppressed();
        if (suppressed.isEmpty()) {
            return;
        }
        String count = suppressed.size() + (suppressed.size() == 1 ? " suppressed finding" : " suppressed findings");
        if (!showSuppressed) {
            out.append("<p class=\"suppressed\">").append(count).append(" not shown.</p>\n");
            return;
        }
        out.append("<h4>").append(count).append(" (not counted)</h4>\n");
        table(out, score.project().file(), suppressed.stream().map(Suppression::finding).toList(), suppressed);
    }

    private static void table(StringBuilder out, String file, List<Finding> findings, List<Suppression> reasons) {
        out.append("<table class=\"findings\">\n<thead>\n<tr><th scope=\"col\">Rule</th><th scope=\"col\">Effect</th>"
                + "<th scope=\"col\">Points</th><th scope=\"col\">Finding</th><th scope=\"col\">Evidence</th>"
                + "<th scope=\"col\">Article</th></tr>\n</thead>\n<tbody>\n");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.append("<tr class=\"").append(f.effect().id()).append("\"><td><code>").append(HtmlText.escape(f.rule()))
                    .append("</code><br><small>").append(HtmlText.escape(f.rubric())).append("</small></td><td>")
                    .append(f.effect().id()).append("</td><td class=\"num\">+").append(f.points()).append("</td><td>")
                    .append(HtmlText.escape(f.message())).append("<div class=\"why\">").append(HtmlText.escape(f.why()))
                    .append("</div>");
            if (!reasons.isEmpty()) {
                Suppression s = reasons.get(i);
                out.append("<div class=\"reason\">Exempted in <code>").append(HtmlText.escape(s.origin()))
                        .append("</code>").append(s.until().map(d -> " until " + d).orElse("")).append(": ")
                        .append(HtmlText.escape(s.reason())).append("</div>");
            }
            out.append("</td><td>");
            evidence(out, file, f.evidence());
            out.append("</td><td class=\"cites\">“").append(HtmlText.escape(f.cites().section())).append("”<br><small>")
                    .append(HtmlText.escape(f.cites().title())).append("</small></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void evidence(StringBuilder out, String file, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            out.append("—");
            return;
        }
        out.append("<ul class=\"evidence\">");
        for (Evidence e : evidence) {
            out.append("<li><code>").append(HtmlText.escape(file)).append(':').append(e.location().line()).append(':')
                    .append(e.location().column()).append("</code> <code>").append(HtmlText.escape(e.path()))
                    .append("</code> <q>").append(HtmlText.escape(e.text())).append("</q></li>");
        }
        out.append("</ul>");
    }
}
