package io.hypecheck.report;

import io.hypecheck.baseline.Comparison;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.TrendScore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One project's section of the HTML report: its scores, trends, the change since the baseline, and
 * its findings with their evidence and article citations.
 */
final class HtmlProjectSection {

    private HtmlProjectSection() {
    }

    static void append(StringBuilder out, int rank, ProjectScore score, Optional<Comparison> comparison,
                       boolean showSuppressed) {
        String verdict = score.verdict().id();
        out.append("<section class=\"project\" id=\"project-").append(rank).append("\" data-id=\"")
                .append(HtmlText.escape(score.project().id())).append("\">\n<h3><span class=\"rank\">").append(rank)
                .append(".</span> ").append(HtmlText.escape(score.project().name())).append(" <span class=\"badge ")
                .append(verdict).append("\">").append(verdict).append("</span></h3>\n");
        out.append("<p class=\"file\"><code>").append(HtmlText.escape(score.project().file())).append("</code>");
        score.project().asOfText().ifPresent(d -> out.append(" · facts as of ").append(HtmlText.escape(d)));
        out.append("</p>\n<dl class=\"scores\">");
        term(out, "Score", String.valueOf(score.score()));
        term(out, "Hype", String.valueOf(score.hype()));
        term(out, "Substance", String.valueOf(score.substance()));
        term(out, "Confidence", String.format(Locale.ROOT, "%.2f", score.confidence()));
        term(out, "Rules checked", score.rulesChecked() + " (" + score.rulesUnknown() + " unknown)");
        out.append("</dl>\n");
        comparison.ifPresent(c -> out.append("<p class=\"delta\">").append(delta(c, score)).append("</p>\n"));
        trends(out, score.trends());
        claims(out, score);
        HtmlFindings.append(out, score, showSuppressed);
        out.append("</section>\n");
    }

    /** The claims ledger: each claim, its status and the facts that back or refute it. */
    private static void claims(StringBuilder out, ProjectScore score) {
        var claims = score.judgment().claims();
        if (claims.isEmpty()) {
            return;
        }
        out.append("<h4>Claims</h4>\n<ul class=\"claims\">\n");
        for (var c : claims) {
            out.append("<li class=\"claim-").append(c.status().id()).append("\"><strong>").append(c.status().id())
                    .append("</strong> ").append(HtmlText.escape(c.text())).append(" <span class=\"where\">(")
                    .append(HtmlText.escape(score.project().file())).append(':').append(c.location().line()).append(")</span>");
            for (var e : c.evidence()) {
                out.append("<br>").append(c.status() == io.hypecheck.claims.ClaimStatus.CONTRADICTED ? "refuted by " : "backed by ")
                        .append(HtmlText.escape(e.path() + " = " + e.text())).append(" (line ").append(e.location().line()).append(')');
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void term(StringBuilder out, String term, String value) {
        out.append("<div><dt>").append(term).append("</dt><dd>").append(value).append("</dd></div>");
    }

    private static String delta(Comparison comparison, ProjectScore score) {
        return comparison.before(score).map(before -> {
            int change = score.score() - before.score();
            String text = "Since the baseline: score " + (change > 0 ? "+" : "") + change + " (" + before.score() + " → "
                    + score.score() + ")";
            return text + (before.verdict() == score.verdict() ? ", verdict unchanged."
                    : ", verdict was " + before.verdict().id() + ".");
        }).orElse("New since the baseline.");
    }

    private static void trends(StringBuilder out, List<TrendScore> trends) {
        out.append("<p class=\"trends\">Trends: ");
        if (trends.isEmpty()) {
            out.append("none");
        }
        for (int i = 0; i < trends.size(); i++) {
            TrendScore t = trends.get(i);
            out.append(i == 0 ? "" : ", ").append("<code>").append(HtmlText.escape(t.id())).append("</code> (")
                    .append(t.stance().id()).append(", strength ")
                    .append(String.format(Locale.ROOT, "%.2f", t.strength())).append(')');
        }
        out.append("</p>\n");
    }
}
