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

    @Test
    void boxesThatOnlyTouchDoNotOverlap() {
        // given
        HtmlChartLabels.Box box = new HtmlChartLabels.Box(10, 10, 20, 20);

        // then: sharing an edge on any side is no overlap; a hair over it is
        assertThat(box.overlaps(new HtmlChartLabels.Box(20, 10, 30, 20))).isFalse();
        assertThat(box.overlaps(new HtmlChartLabels.Box(0, 10, 10, 20))).isFalse();
        assertThat(box.overlaps(new HtmlChartLabels.Box(10, 20, 20, 30))).isFalse();
        assertThat(box.overlaps(new HtmlChartLabels.Box(10, 0, 20, 10))).isFalse();
        assertThat(box.overlaps(new HtmlChartLabels.Box(19.9, 10, 30, 20))).isTrue();
        assertThat(box.overlaps(new HtmlChartLabels.Box(0, 10, 10.1, 20))).isTrue();
        assertThat(box.overlaps(new HtmlChartLabels.Box(10, 19.9, 20, 30))).isTrue();
        assertThat(box.overlaps(new HtmlChartLabels.Box(10, 0, 20, 10.1))).isTrue();
    }

    @Test
    void fourProjectsOnOnePointTakeRightLeftAboveAndBelowTopAndBottomOfTheRankingFirst() {
        // given: ranks 1 to 5 at the same point
        List<HtmlChartLabels.Group> groups = new java.util.ArrayList<>();
        for (int rank = 1; rank <= 5; rank++) {
            groups.add(new HtmlChartLabels.Group(rank, 300, 300, "P" + rank));
        }

        // when
        List<HtmlChartLabels.Label> labels = HtmlChartLabels.place(groups, List.of());

        // then: taken as 1, 5, 2, 4, 3; the fifth finds no free place
        assertThat(labels).extracting(l -> l.rank() + " " + l.anchor() + " " + l.x() + "," + l.y())
                .containsExactly("1 start 308.0,304.0", "5 end 292.0,304.0", "2 middle 300.0,291.0", "4 middle 300.0,317.0");
    }

    @Test
    void aLabelThatEndsExactlyAtTheChartsEdgeFitsThere() {
        // given: "日" is estimated 11 wide (exact in binary); a label starts 8 right or ends 8 left of its point
        double edge = HtmlChart.WIDTH - 8 - 11;
        double bottom = HtmlChart.TOP + HtmlChart.SIZE + 4 - 7;

        // when
        List<HtmlChartLabels.Label> atTheRight = HtmlChartLabels.place(List.of(new HtmlChartLabels.Group(1, edge, 300, "日")), List.of());
        List<HtmlChartLabels.Label> pastIt = HtmlChartLabels.place(List.of(new HtmlChartLabels.Group(1, edge + 0.01, 300, "日")), List.of());
        List<HtmlChartLabels.Label> atTheLeft = HtmlChartLabels.place(List.of(new HtmlChartLabels.Group(1, 19, 300, "日")),
                List.of(new HtmlChartLabels.Box(26, 280, 60, 320)));
        List<HtmlChartLabels.Label> atTheBottom = HtmlChartLabels.place(List.of(new HtmlChartLabels.Group(1, 300, bottom, "日")), List.of());
        List<HtmlChartLabels.Label> belowIt = HtmlChartLabels.place(List.of(new HtmlChartLabels.Group(1, 300, bottom + 0.01, "日")), List.of());
        List<HtmlChartLabels.Label> atTheTop = HtmlChartLabels.place(List.of(new HtmlChartLabels.Group(1, 300, 18, "日")),
                List.of(new HtmlChartLabels.Box(280, 19, 320, 40)));
        List<HtmlChartLabels.Label> aboveIt = HtmlChartLabels.place(List.of(new HtmlChartLabels.Group(1, 300, 17.99, "日")),
                List.of(new HtmlChartLabels.Box(280, 19, 320, 40)));

        // then
        assertThat(atTheRight).extracting(HtmlChartLabels.Label::anchor).containsExactly("start");
        assertThat(pastIt).extracting(HtmlChartLabels.Label::anchor).containsExactly("end");
        assertThat(atTheLeft).extracting(l -> l.anchor() + " " + l.x()).containsExactly("end 11.0");
        assertThat(atTheBottom).extracting(HtmlChartLabels.Label::anchor).containsExactly("start");
        assertThat(belowIt).extracting(HtmlChartLabels.Label::anchor).containsExactly("middle");
        assertThat(atTheTop).extracting(l -> l.anchor() + " " + l.y()).containsExactly("middle 9.0");
        assertThat(aboveIt).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "U+{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"41, 6.2", "1100, 11", "115F, 11", "1160, 6.2", "AC00, 11", "D7A3, 11",
        "D7A4, 6.2", "2FFF, 6.2", "3000, 11", "30FF, 11", "3100, 6.2", "FEFF, 6.2", "FF00, 11", "FF60, 11", "FF61, 6.2",
        "4E00, 11", "1F600, 11"})
    void wideCharactersAreEstimatedAtElevenUnitsOthersAtSixPointTwo(String codePoint, double width) {
        assertThat(HtmlChartLabels.width(Character.toString(Integer.parseInt(codePoint, 16)) + "a"))
                .isCloseTo(width + CHAR, org.assertj.core.api.Assertions.within(1e-9));
    }
}
