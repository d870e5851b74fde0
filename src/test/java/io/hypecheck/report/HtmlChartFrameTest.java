package io.hypecheck.report;

import static io.hypecheck.report.HtmlChart.LEFT;
import static io.hypecheck.report.HtmlChart.SIZE;
import static io.hypecheck.report.HtmlChart.TOP;
import static io.hypecheck.report.HtmlChart.number;
import static io.hypecheck.report.HtmlChart.x;
import static io.hypecheck.report.HtmlChart.y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The chart's frame: the verdict zones, where a verdict line's label goes, what it covers, and the tick labels' boxes. */
class HtmlChartFrameTest {

    private static final Pattern LABEL = Pattern.compile("<text class=\"threshold-label [a-z]+\" x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"");
    private static final double[] PLACES = {0.5, 0.35, 0.65, 0.2, 0.8};

    private static List<String> corners(List<double[]> polygon) {
        return polygon.stream().map(p -> number(p[0]) + "," + number(p[1])).toList();
    }

    @Test
    void theZoneOfALineThroughTwoCornersIsTheTriangleOnItsSide() {
        // when: score 50, substance = hype, through (0,0) and (100,100)
        List<double[]> above = HtmlChartFrame.zone(0, true);
        List<double[]> below = HtmlChartFrame.zone(0, false);

        // then: each corner once, none added where the line only touches a corner
        assertThat(corners(above)).containsExactly("0.0,0.0", "100.0,100.0", "0.0,100.0");
        assertThat(corners(below)).containsExactly("0.0,0.0", "100.0,0.0", "100.0,100.0");
    }

    @Test
    void theZoneOfALineAcrossTwoEdgesIsClippedWhereItCrossesThem() {
        // when: score 60, substance = hype + 20
        List<double[]> above = HtmlChartFrame.zone(20, true);
        List<double[]> below = HtmlChartFrame.zone(20, false);

        // then
        assertThat(corners(above)).containsExactly("80.0,100.0", "0.0,100.0", "0.0,20.0");
        assertThat(corners(below)).containsExactly("0.0,0.0", "100.0,0.0", "100.0,100.0", "80.0,100.0", "0.0,20.0");
    }

    @Test
    void withNoPointsTheLabelSitsAtTheMiddleOfTheLineOnItsZonesSide() {
        // when: the line of score 60 runs from hype 0 to hype 80
        StringBuilder above = new StringBuilder();
        HtmlChartFrame.threshold(above, 60, true, List.of());
        StringBuilder below = new StringBuilder();
        HtmlChartFrame.threshold(below, 40, false, List.of());

        // then: the middle, 7 units off the line towards the zone
        assertThat(above).contains("<line class=\"threshold substance\" data-score=\"60\" x1=\"" + number(x(0)) + "\" y1=\""
                + number(y(20)) + "\" x2=\"" + number(x(80)) + "\" y2=\"" + number(y(100)) + "\"/>");
        assertThat(above).contains("x=\"" + number(x(40) - 7) + "\" y=\"" + number(y(60) - 7) + "\"").contains(">score ≥ 60<");
        assertThat(below).contains("<line class=\"threshold hype\" data-score=\"40\" x1=\"" + number(x(20)) + "\" y1=\""
                + number(y(0)) + "\" x2=\"" + number(x(100)) + "\" y2=\"" + number(y(80)) + "\"/>");
        assertThat(below).contains("x=\"" + number(x(60) + 7) + "\" y=\"" + number(y(40) + 7) + "\"").contains(">score ≤ 40<");
    }

    /** The distance from p to the 80-unit stretch of a -45° line centred on c, computed here with vectors. */
    private static double distance(double[] p, double cx, double cy) {
        double ux = Math.sqrt(0.5);
        double uy = -Math.sqrt(0.5);
        double along = Math.max(-40, Math.min(40, (p[0] - cx) * ux + (p[1] - cy) * uy));
        return Math.hypot(p[0] - (cx + along * ux), p[1] - (cy + along * uy));
    }

    @Test
    void theLabelTakesThePlaceFarthestFromThePointsTheFirstOnATie() {
        Random random = new Random(12);
        for (int trial = 0; trial < 300; trial++) {
            // given: a verdict line and a few points, some close to it
            int score = 20 + random.nextInt(61);
            boolean above = random.nextBoolean();
            List<double[]> points = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                points.add(new double[] {x(random.nextInt(101)), y(random.nextInt(101))});
            }
            int offset = 2 * (score - 50);
            double h0 = Math.max(0, -offset);
            double h1 = Math.min(100, 100 - offset);

            // when
            StringBuilder out = new StringBuilder();
            List<HtmlChartLabels.Box> covered = HtmlChartFrame.threshold(out, score, above, points);

            // then: the label is at the first of the places whose nearest point is farthest
            double best = 0.5;
            double bestDistance = -1;
            for (double t : PLACES) {
                double h = h0 + t * (h1 - h0);
                double nearest = points.stream().mapToDouble(p -> distance(p, x(h), y(h + offset))).min().orElseThrow();
                if (nearest > bestDistance + 1e-9) {
                    best = t;
                    bestDistance = nearest;
                }
            }
            double mid = h0 + best * (h1 - h0);
            double lx = x(mid) + (above ? -7 : 7);
            double ly = y(mid + offset) + (above ? -7 : 7);
            Matcher label = LABEL.matcher(out);
            assertThat(label.find()).isTrue();
            assertThat(label.group(1) + "," + label.group(2)).as("trial %d: score %d, points %s", trial, score,
                    points.stream().map(p -> number(p[0]) + "/" + number(p[1])).toList()).isEqualTo(number(lx) + "," + number(ly));
            coversTheLabel(covered, lx, ly);
        }
    }

    /** Boxes of 14 units, 8 apart, centred along the label's -45° line from 40 before its centre to 40 after. */
    private static void coversTheLabel(List<HtmlChartLabels.Box> covered, double lx, double ly) {
        assertThat(covered).hasSize(11);
        for (int i = 0; i < covered.size(); i++) {
            HtmlChartLabels.Box box = covered.get(i);
            double along = -40 + 8 * i;
            assertThat(box.x1() - box.x0()).isCloseTo(14, within(1e-9));
            assertThat(box.y1() - box.y0()).isCloseTo(14, within(1e-9));
            assertThat((box.x0() + box.x1()) / 2).isCloseTo(lx + along * Math.sqrt(0.5), within(1e-9));
            assertThat((box.y0() + box.y1()) / 2).isCloseTo(ly - along * Math.sqrt(0.5), within(1e-9));
        }
    }

    @Test
    void eachTickLabelIsInsideABoxOutsideThePlot() {
        // when
        StringBuilder out = new StringBuilder();
        List<HtmlChartLabels.Box> boxes = HtmlChartFrame.axes(out);

        // then: five ticks on each axis; each tick's text anchor in a box below or left of the plot
        Matcher tick = Pattern.compile("<text class=\"tick\" x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"").matcher(out);
        int ticks = 0;
        while (tick.find()) {
            ticks++;
            double tx = Double.parseDouble(tick.group(1));
            double ty = Double.parseDouble(tick.group(2));
            assertThat(boxes).as("a box around the tick at %s,%s", tx, ty)
                    .anyMatch(b -> b.x0() < tx && tx < b.x1() && b.y0() < ty && ty < b.y1());
        }
        assertThat(ticks).isEqualTo(10);
        assertThat(boxes).hasSize(10).allMatch(b -> b.x1() - b.x0() >= 20 && b.y1() - b.y0() >= 12)
                .allMatch(b -> b.y0() >= TOP + SIZE || b.x1() <= LEFT);
        assertThat(out).contains("<rect class=\"plot\" x=\"60.0\" y=\"20.0\" width=\"480.0\" height=\"480.0\"/>");
    }
}
