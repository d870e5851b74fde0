package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlChartLabelsTest {

    /** The renderer's estimate of an ASCII character's width. */
    private static final double CHAR = 6.2;

    @Test
    void labelsOfACrowdedChartNeitherOverlapNorCoverPointsNorLeaveTheChart() {
        // given
        List<HtmlChartLabels.Group> groups = crowd(400);

        // when
        List<HtmlChartLabels.Label> labels = HtmlChartLabels.place(groups, List.of());

        // then
        assertThat(labels).hasSizeBetween(20, 399);
        List<double[]> boxes = labels.stream().map(HtmlChartLabelsTest::box).toList();
        for (int i = 0; i < boxes.size(); i++) {
            double[] a = boxes.get(i);
            assertThat(a[0]).isGreaterThanOrEqualTo(0);
            assertThat(a[2]).isLessThanOrEqualTo(HtmlChart.WIDTH);
            assertThat(a[1]).isGreaterThanOrEqualTo(0);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(a, boxes.get(j))).as("%s and %s", labels.get(i), labels.get(j)).isFalse();
            }
            for (HtmlChartLabels.Group g : groups) {
                assertThat(overlap(a, new double[] {g.x() - 5, g.y() - 5, g.x() + 5, g.y() + 5}))
                        .as("%s over the point of %s", labels.get(i), g).isFalse();
            }
        }
    }

    @Test
    void theTopAndTheBottomOfTheRankingAreLabelledFirstTheSameWayEveryTime() {
        // given
        List<HtmlChartLabels.Group> groups = crowd(400);

        // when
        List<HtmlChartLabels.Label> first = HtmlChartLabels.place(groups, List.of());
        List<HtmlChartLabels.Label> second = HtmlChartLabels.place(groups, List.of());

        // then
        assertThat(first).isEqualTo(second);
        assertThat(first.subList(0, 2)).extracting(HtmlChartLabels.Label::rank).containsExactly(1, 400);
    }

    @Test
    void aLabelMovesAsideForAnObstacleAndIsLeftOffWhenNoPlaceIsFree() {
        // given
        HtmlChartLabels.Group g = new HtmlChartLabels.Group(1, 300, 300, "Name");
        HtmlChartLabels.Box right = new HtmlChartLabels.Box(306, 290, 340, 310);
        HtmlChartLabels.Box everywhere = new HtmlChartLabels.Box(200, 200, 400, 400);

        // when
        List<HtmlChartLabels.Label> moved = HtmlChartLabels.place(List.of(g), List.of(right));
        List<HtmlChartLabels.Label> none = HtmlChartLabels.place(List.of(g), List.of(everywhere));

        // then
        assertThat(moved).containsExactly(new HtmlChartLabels.Label(1, 292, 304, "end", "Name"));
        assertThat(none).isEmpty();
    }

    /** Groups on a deterministic scatter of the plot, named "Project N". */
    private static List<HtmlChartLabels.Group> crowd(int n) {
        List<HtmlChartLabels.Group> groups = new ArrayList<>();
        long seed = 42;
        for (int rank = 1; rank <= n; rank++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int hype = (int) ((seed >>> 33) % 101);
            int substance = (int) ((seed >>> 17) % 101);
            groups.add(new HtmlChartLabels.Group(rank, HtmlChart.x(hype), HtmlChart.y(substance), "Project " + rank));
        }
        return groups;
    }

    private static double[] box(HtmlChartLabels.Label label) {
        double width = label.text().length() * CHAR;
        double left = switch (label.anchor()) {
            case "start" -> label.x();
            case "end" -> label.x() - width;
            default -> label.x() - width / 2;
        };
        return new double[] {left, label.y() - 9, left + width, label.y() + 3};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
