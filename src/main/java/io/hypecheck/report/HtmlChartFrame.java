package io.hypecheck.report;

import static io.hypecheck.report.HtmlChart.LEFT;
import static io.hypecheck.report.HtmlChart.SIZE;
import static io.hypecheck.report.HtmlChart.TOP;
import static io.hypecheck.report.HtmlChart.number;
import static io.hypecheck.report.HtmlChart.x;
import static io.hypecheck.report.HtmlChart.y;

import java.util.ArrayList;
import java.util.List;

/** What the chart draws behind the points: the plot area, grid, ticks, axis titles and the verdict lines with their zones. */
final class HtmlChartFrame {

    /** The plot's corners in (hype, substance), counter-clockwise from the origin. */
    private static final double[][] CORNERS = {{0, 0}, {100, 0}, {100, 100}, {0, 100}};
    /** The length of a verdict line's label, estimated, in SVG units. */
    private static final double LABEL = 80;

    private HtmlChartFrame() {
    }

    /** The plot area, grid, ticks and axis titles; returns the boxes the tick labels cover. */
    static List<HtmlChartLabels.Box> axes(StringBuilder out) {
        List<HtmlChartLabels.Box> ticks = new ArrayList<>();
        out.append("<rect class=\"plot\" x=\"").append(number(LEFT)).append("\" y=\"").append(number(TOP))
                .append("\" width=\"").append(number(SIZE)).append("\" height=\"").append(number(SIZE)).append("\"/>\n");
        for (int v = 0; v <= 100; v += 25) {
            if (v > 0 && v < 100) {
                line(out, "grid", v, 0, v, 100);
                line(out, "grid", 0, v, 100, v);
            }
            out.append("<text class=\"tick\" x=\"").append(number(x(v))).append("\" y=\"").append(number(y(0) + 16))
                    .append("\" text-anchor=\"middle\">").append(v).append("</text>\n");
            out.append("<text class=\"tick\" x=\"").append(number(LEFT - 8)).append("\" y=\"").append(number(y(v) + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>\n");
            ticks.add(new HtmlChartLabels.Box(x(v) - 12, y(0) + 4, x(v) + 12, y(0) + 20));
            ticks.add(new HtmlChartLabels.Box(LEFT - 32, y(v) - 6, LEFT - 4, y(v) + 6));
        }
        out.append("<text class=\"axis\" x=\"").append(number(x(50))).append("\" y=\"").append(number(y(0) + 40))
                .append("\" text-anchor=\"middle\">hype →</text>\n");
        out.append("<text class=\"axis\" transform=\"translate(").append(number(LEFT - 40)).append(' ').append(number(y(50)))
                .append(") rotate(-90)\" text-anchor=\"middle\">substance →</text>\n");
        return ticks;
    }

    /**
     * The line where the score equals {@code score} (substance − hype = 2 (score − 50)), the zone on
     * its verdict's side shaded, and a label in that zone where the line passes farthest from the
     * points; returns the boxes the label covers, for the point labels to avoid.
     */
    static List<HtmlChartLabels.Box> threshold(StringBuilder out, int score, boolean above, List<double[]> points) {
        int offset = 2 * (score - 50);
        String zone = above ? "substance" : "hype";
        out.append("<polygon class=\"zone ").append(zone).append("\" points=\"");
        List<double[]> corners = zone(offset, above);
        for (int i = 0; i < corners.size(); i++) {
            out.append(i == 0 ? "" : " ").append(number(x(corners.get(i)[0]))).append(',')
                    .append(number(y(corners.get(i)[1])));
        }
        out.append("\"/>\n");
        double h0 = Math.max(0, -offset);
        double h1 = Math.min(100, 100 - offset);
        out.append("<line class=\"threshold ").append(zone).append("\" data-score=\"").append(score).append("\" x1=\"")
                .append(number(x(h0))).append("\" y1=\"").append(number(y(h0 + offset))).append("\" x2=\"")
                .append(number(x(h1))).append("\" y2=\"").append(number(y(h1 + offset))).append("\"/>\n");
        double t = freest(x(h0), y(h0 + offset), x(h1), y(h1 + offset), points);
        double mid = h0 + t * (h1 - h0);
        double lx = x(mid) + (above ? -7 : 7);
        double ly = y(mid + offset) + (above ? -7 : 7);
        out.append("<text class=\"threshold-label ").append(zone).append("\" x=\"").append(number(lx)).append("\" y=\"")
                .append(number(ly)).append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" transform=\"rotate(-45 ")
                .append(number(lx)).append(' ').append(number(ly)).append(")\">score ").append(above ? "≥ " : "≤ ")
                .append(score).append("</text>\n");
        List<HtmlChartLabels.Box> covered = new ArrayList<>();
        for (double along = -LABEL / 2; along <= LABEL / 2; along += 8) {
            double cx = lx + along * Math.sqrt(0.5);
            double cy = ly - along * Math.sqrt(0.5);
            covered.add(new HtmlChartLabels.Box(cx - 7, cy - 7, cx + 7, cy + 7));
        }
        return covered;
    }

    /**
     * Where along the line (0 to 1) its label is farthest from every point: the first of a few
     * fixed places, so the choice is deterministic.
     */
    private static double freest(double x0, double y0, double x1, double y1, List<double[]> points) {
        double best = 0.5;
        double bestDistance = -1;
        for (double t : new double[] {0.5, 0.35, 0.65, 0.2, 0.8}) {
            double cx = x0 + t * (x1 - x0);
            double cy = y0 + t * (y1 - y0);
            double nearest = Double.MAX_VALUE;
            for (double[] p : points) {
                nearest = Math.min(nearest, distanceToSegment(p, cx, cy));
            }
            if (nearest > bestDistance + 1e-9) {
                best = t;
                bestDistance = nearest;
            }
        }
        return best;
    }

    /** The distance from a point to the label's stretch of the line, centred on (cx, cy) and LABEL long. */
    private static double distanceToSegment(double[] p, double cx, double cy) {
        double half = LABEL / 2 * Math.sqrt(0.5);
        double ax = cx - half;
        double ay = cy + half;
        double dx = 2 * half;
        double dy = -2 * half;
        double u = Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(p[0] - (ax + u * dx), p[1] - (ay + u * dy));
    }

    /**
     * The part of the plot on one side of the line substance − hype = {@code offset} (Sutherland–Hodgman
     * clipping of the square by a half-plane), in (hype, substance).
     */
    static List<double[]> zone(int offset, boolean above) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < CORNERS.length; i++) {
            double[] a = CORNERS[i];
            double[] b = CORNERS[(i + 1) % CORNERS.length];
            double da = side(a, offset, above);
            double db = side(b, offset, above);
            if (da >= 0) {
                out.add(a);
            }
            if ((da < 0 && db > 0) || (da > 0 && db < 0)) {
                double t = da / (da - db);
                out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
            }
        }
        return out;
    }

    private static double side(double[] point, int offset, boolean above) {
        double d = point[1] - point[0] - offset;
        return above ? d : -d;
    }

    private static void line(StringBuilder out, String css, double h0, double s0, double h1, double s1) {
        out.append("<line class=\"").append(css).append("\" x1=\"").append(number(x(h0))).append("\" y1=\"")
                .append(number(y(s0))).append("\" x2=\"").append(number(x(h1))).append("\" y2=\"").append(number(y(s1)))
                .append("\"/>\n");
    }
}
