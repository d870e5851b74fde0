package io.hypecheck.report;

import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdicts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hype-versus-substance chart of the HTML report, as inline SVG: hype across, substance up,
 * one point per project coloured by its verdict and linked to its section, and the two verdict
 * lines. As the score is 50 + (substance − hype) / 2 (README, "How scores are computed"), the
 * line where the score equals a verdict threshold T is substance − hype = 2 (T − 50).
 */
final class HtmlChart {

    static final int WIDTH = 680;
    static final int HEIGHT = 552;
    static final double LEFT = 60;
    static final double TOP = 20;
    static final double SIZE = 480;

    private HtmlChart() {
    }

    /** The horizontal position of a hype value. */
    static double x(double hype) {
        return LEFT + hype * SIZE / 100;
    }

    /** The vertical position of a substance value. */
    static double y(double substance) {
        return TOP + (100 - substance) * SIZE / 100;
    }

    /** A coordinate as written in the SVG: one decimal, {@link Locale#ROOT}. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static void append(StringBuilder out, List<ProjectScore> projects) {
        out.append("<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n")
                .append("<title id=\"chart-title\">Hype versus substance</title>\n")
                .append("<desc id=\"chart-desc\">One point per project, coloured by its verdict: hype across, substance up. "
                        + "A substance verdict needs a score of ").append(Verdicts.SUBSTANCE_AT)
                .append(" or more (above the upper line), a hype verdict ").append(Verdicts.HYPE_AT)
                .append(" or less (below the lower line).</desc>\n");
        List<HtmlChartLabels.Box> obstacles = new ArrayList<>(HtmlChartFrame.axes(out));
        List<double[]> places = projects.stream().map(p -> new double[] {x(p.hype()), y(p.substance())}).toList();
        obstacles.addAll(HtmlChartFrame.threshold(out, Verdicts.SUBSTANCE_AT, true, places));
        obstacles.addAll(HtmlChartFrame.threshold(out, Verdicts.HYPE_AT, false, places));
        out.append("<g class=\"points\">\n");
        for (int i = 0; i < projects.size(); i++) {
            point(out, i + 1, projects.get(i));
        }
        out.append("</g>\n<g class=\"labels\">\n");
        for (HtmlChartLabels.Label label : HtmlChartLabels.place(groups(projects), obstacles)) {
            out.append("<text x=\"").append(number(label.x())).append("\" y=\"").append(number(label.y()))
                    .append("\" text-anchor=\"").append(label.anchor()).append("\" data-rank=\"").append(label.rank())
                    .append("\">").append(HtmlText.escape(label.text())).append("</text>\n");
        }
        out.append("</g>\n</svg>\n");
    }

    private static void point(StringBuilder out, int rank, ProjectScore score) {
        String name = HtmlText.escape(score.project().name());
        out.append("<a href=\"#project-").append(rank).append("\"><circle class=\"point ").append(score.verdict().id())
                .append("\" cx=\"").append(number(x(score.hype()))).append("\" cy=\"").append(number(y(score.substance())))
                .append("\" r=\"5\" data-rank=\"").append(rank).append("\" data-id=\"")
                .append(HtmlText.escape(score.project().id())).append("\" data-verdict=\"").append(score.verdict().id())
                .append("\" data-hype=\"").append(score.hype()).append("\" data-substance=\"").append(score.substance())
                .append("\"><title>").append(rank).append(". ").append(name).append(": ").append(score.verdict().id())
                .append(", score ").append(score.score()).append(" (hype ").append(score.hype()).append(", substance ")
                .append(score.substance()).append(")</title></circle></a>\n");
    }

    /** Projects at the same place with the same verdict share one label, under the best-ranked one's name. */
    private static List<HtmlChartLabels.Group> groups(List<ProjectScore> projects) {
        Map<String, List<Integer>> byPlace = new LinkedHashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            ProjectScore p = projects.get(i);
            byPlace.computeIfAbsent(p.hype() + "/" + p.substance() + "/" + p.verdict().id(), k -> new ArrayList<>()).add(i);
        }
        List<HtmlChartLabels.Group> groups = new ArrayList<>();
        for (List<Integer> members : byPlace.values()) {
            ProjectScore first = projects.get(members.get(0));
            String name = first.project().name().replaceAll("\\s+", " ").strip();
            String cut = name.codePointCount(0, name.length()) <= 24 ? name
                    : name.substring(0, name.offsetByCodePoints(0, 23)) + "…";
            String text = members.size() == 1 ? cut : cut + " +" + (members.size() - 1);
            groups.add(new HtmlChartLabels.Group(members.get(0) + 1, x(first.hype()), y(first.substance()), text));
        }
        return groups;
    }
}
