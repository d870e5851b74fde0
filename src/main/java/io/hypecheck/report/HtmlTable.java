package io.hypecheck.report;

import io.hypecheck.baseline.DeltaText;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.score.ProjectScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ranked table of the HTML report. Every cell carries the value it sorts by
 * ({@code data-sort}); each heading is a button the page's script sorts by (numbers highest first
 * on the first click, text A to Z), ties keeping the rank order.
 */
final class HtmlTable {

    private record Column(String key, String title, boolean numeric) {
    }

    private HtmlTable() {
    }

    static void append(StringBuilder out, List<ProjectScore> projects, Optional<Comparison> comparison) {
        List<Column> columns = new ArrayList<>(List.of(new Column("rank", "Rank", true),
                new Column("project", "Project", false), new Column("verdict", "Verdict", true),
                new Column("score", "Score", true)));
        comparison.ifPresent(c -> columns.add(new Column("delta", DeltaText.HEADER, true)));
        columns.addAll(List.of(new Column("hype", "Hype", true), new Column("substance", "Substance", true),
                new Column("confidence", "Confidence", true), new Column("trend", "Primary trend", false),
                new Column("findings", "Findings", true)));
        out.append("<table id=\"ranking\">\n<thead>\n<tr>");
        for (Column column : columns) {
            String first = column.numeric() && !column.key().equals("rank") ? "descending" : "ascending";
            out.append("<th scope=\"col\" data-key=\"").append(column.key()).append("\" data-type=\"")
                    .append(column.numeric() ? "number" : "text").append("\" data-first=\"").append(first)
                    .append("\" aria-sort=\"").append(column.key().equals("rank") ? "ascending" : "none")
                    .append("\"><button type=\"button\">").append(column.title()).append("</button></th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (int i = 0; i < projects.size(); i++) {
            row(out, i + 1, projects.get(i), comparison);
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder out, int rank, ProjectScore score, Optional<Comparison> comparison) {
        String name = score.project().name();
        out.append("<tr data-rank=\"").append(rank).append("\" data-id=\"").append(HtmlText.escape(score.project().id()))
                .append("\">");
        cell(out, String.valueOf(rank), String.valueOf(rank));
        out.append("<td data-sort=\"").append(HtmlText.escape(name.toLowerCase(Locale.ROOT))).append("\"><a href=\"#project-")
                .append(rank).append("\">").append(HtmlText.escape(name)).append("</a></td>");
        out.append("<td data-sort=\"").append(score.verdict().ordinal()).append("\"><span class=\"badge ")
                .append(score.verdict().id()).append("\">").append(score.verdict().id()).append("</span></td>");
        cell(out, String.valueOf(score.score()), String.valueOf(score.score()));
        comparison.ifPresent(c -> cell(out, c.delta(score).map(String::valueOf).orElse(""), delta(c, score)));
        cell(out, String.valueOf(score.hype()), String.valueOf(score.hype()));
        cell(out, String.valueOf(score.substance()), String.valueOf(score.substance()));
        String confidence = String.format(Locale.ROOT, "%.2f", score.confidence());
        cell(out, confidence, confidence);
        String trend = score.primaryTrend().map(t -> t.id()).orElse("");
        out.append("<td data-sort=\"").append(HtmlText.escape(trend)).append("\">")
                .append(trend.isEmpty() ? "—" : "<code>" + HtmlText.escape(trend) + "</code>").append("</td>");
        cell(out, String.valueOf(score.findings().size()), String.valueOf(score.findings().size()));
        out.append("</tr>\n");
    }

    private static String delta(Comparison comparison, ProjectScore score) {
        String cell = HtmlText.escape(DeltaText.of(comparison, score));
        return comparison.before(score).filter(b -> b.verdict() != score.verdict())
                .map(b -> cell + " <small>(was " + b.verdict().id() + ")</small>").orElse(cell);
    }

    /** A cell whose sort value and content are already safe HTML (numbers, ids of closed sets). */
    private static void cell(StringBuilder out, String sort, String html) {
        out.append("<td data-sort=\"").append(sort).append("\">").append(html).append("</td>");
    }
}
