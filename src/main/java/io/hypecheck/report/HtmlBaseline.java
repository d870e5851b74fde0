package io.hypecheck.report;

import io.hypecheck.baseline.Previous;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.score.ProjectScore;
import java.util.List;

/** The HTML report's "Since the baseline" section: the projects new since it and those no longer scored. */
final class HtmlBaseline {

    private HtmlBaseline() {
    }

    static void append(StringBuilder out, Comparison comparison, Report report) {
        out.append("<h2 id=\"baseline-heading\">Since the baseline</h2>\n<ul class=\"baseline\">\n<li>New: ");
        boolean none = true;
        for (int rank = 1; rank <= report.projects().size(); rank++) {
            ProjectScore p = report.projects().get(rank - 1);
            if (comparison.before(p).isEmpty()) {
                out.append(none ? "" : "; ").append("<a href=\"#project-").append(rank).append("\">")
                        .append(HtmlText.escape(p.project().name())).append("</a> (<code>")
                        .append(HtmlText.escape(p.project().file())).append("</code>)");
                none = false;
            }
        }
        if (none) {
            out.append("none");
        }
        out.append("</li>\n<li>Removed: ");
        List<Previous> removed = comparison.removed(report.summaries());
        if (removed.isEmpty()) {
            out.append("none");
        }
        for (int i = 0; i < removed.size(); i++) {
            Previous p = removed.get(i);
            out.append(i == 0 ? "" : "; ").append(HtmlText.escape(p.name())).append(" (<code>")
                    .append(HtmlText.escape(p.file())).append("</code>), was ").append(p.verdict().id()).append(" at ")
                    .append(p.score());
        }
        out.append("</li>\n</ul>\n");
    }
}
