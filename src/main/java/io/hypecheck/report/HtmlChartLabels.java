package io.hypecheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the chart's point labels without overlaps, deterministically: groups are taken from the
 * top and the bottom of the ranking in turn, and each label takes the first free place of right,
 * left, above and below its point; a label with no free place is left off (its point keeps its
 * tooltip). Text widths are estimated (wide characters count double), not measured.
 */
final class HtmlChartLabels {

    private static final double CELL = 40;
    private static final double CHAR = 6.2;
    private static final double WIDE = 11;
    private static final double POINT = 5;
    /** Candidate places: offset from the point and text anchor. */
    private static final List<Place> PLACES = List.of(new Place(8, 4, "start"), new Place(-8, 4, "end"),
            new Place(0, -9, "middle"), new Place(0, 17, "middle"));

    private record Place(double dx, double dy, String anchor) {
    }

    /** Projects that share a point: the best rank among them, the point, the label text. */
    record Group(int rank, double x, double y, String text) {
    }

    /** A placed label: its text's anchor point and alignment. */
    record Label(int rank, double x, double y, String anchor, String text) {
    }

    /** A rectangle labels must not cover, in SVG units. */
    record Box(double x0, double y0, double x1, double y1) {
        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    private final Map<Long, List<Box>> grid = new HashMap<>();

    private HtmlChartLabels() {
    }

    /** The labels that fit in the chart, above its hype axis, without covering points or obstacles. */
    static List<Label> place(List<Group> groups, List<Box> obstacles) {
        HtmlChartLabels placer = new HtmlChartLabels();
        obstacles.forEach(placer::add);
        groups.forEach(g -> placer.add(new Box(g.x() - POINT, g.y() - POINT, g.x() + POINT, g.y() + POINT)));
        List<Label> placed = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i % 2 == 0 ? i / 2 : groups.size() - 1 - i / 2);
            double width = width(g.text());
            for (Place place : PLACES) {
                double tx = g.x() + place.dx();
                double ty = g.y() + place.dy();
                String anchor = place.anchor();
                double left = switch (anchor) {
                    case "start" -> tx;
                    case "end" -> tx - width;
                    default -> tx - width / 2;
                };
                Box box = new Box(left, ty - 9, left + width, ty + 3);
                if (box.x0() >= 0 && box.x1() <= HtmlChart.WIDTH && box.y0() >= 0
                        && box.y1() <= HtmlChart.TOP + HtmlChart.SIZE + 4 && placer.free(box)) {
                    placer.add(box);
                    placed.add(new Label(g.rank(), tx, ty, anchor, g.text()));
                    break;
                }
            }
        }
        return placed;
    }

    /** The estimated width of a label's text, in SVG units. */
    static double width(String text) {
        return text.codePoints().mapToDouble(c -> wide(c) ? WIDE : CHAR).sum();
    }

    private static boolean wide(int c) {
        return Character.isIdeographic(c) || (c >= 0x1100 && c <= 0x115F) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFF60) || Character.charCount(c) == 2;
    }

    private boolean free(Box box) {
        for (long cell : cells(box)) {
            for (Box other : grid.getOrDefault(cell, List.of())) {
                if (other.overlaps(box)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void add(Box box) {
        for (long cell : cells(box)) {
            grid.computeIfAbsent(cell, k -> new ArrayList<>()).add(box);
        }
    }

    private static List<Long> cells(Box box) {
        List<Long> cells = new ArrayList<>();
        for (long cx = (long) Math.floor(box.x0() / CELL); cx <= (long) Math.floor(box.x1() / CELL); cx++) {
            for (long cy = (long) Math.floor(box.y0() / CELL); cy <= (long) Math.floor(box.y1() / CELL); cy++) {
                cells.add(cx * 1_000_003L + cy);
            }
        }
        return cells;
    }
}
