package io.hypecheck.report;

import io.hypecheck.baseline.DeltaText;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ranked table for a terminal: aligned columns that fit the width (the terminal's, or 80),
 * counting wide CJK characters as two columns; names and trends are cut with {@code …} when the
 * line would be too long, and project text is neutralised and kept on one line. Verdicts are in
 * colour only when asked.
 */
public final class TableRenderer implements Renderer {

    private static final List<String> HEADER = List.of("RANK", "PROJECT", "VERDICT", "SCORE", "HYPE", "SUBST", "CONF",
            "PRIMARY TREND");
    private static final List<Boolean> RIGHT = List.of(true, false, false, true, true, true, true, false);
    /** With a baseline, the score delta goes right after the score. */
    private static final int DELTA_AT = 4;
    private static final int NAME = 1;
    private static final int MAX_NAME = 32;
    private static final int MIN_NAME = 10;
    private static final int MIN_TREND = 8;

    private final boolean color;
    private final int width;

    /** A table 80 columns wide; {@code color} adds ANSI colours to the verdicts. */
    public TableRenderer(boolean color) {
        this(color, RenderOptions.DEFAULT_WIDTH);
    }

    /** A table with the options' colour and width. */
    public TableRenderer(RenderOptions options) {
        this(options.color(), options.width());
    }

    private TableRenderer(boolean color, int width) {
        this.color = color;
        this.width = width;
    }

    @Override
    public String format() {
        return "table";
    }

    @Override
    public String render(Report report) {
        List<String> header = new ArrayList<>(HEADER);
        List<Boolean> right = new ArrayList<>(RIGHT);
        report.comparison().ifPresent(c -> {
            header.add(DELTA_AT, DeltaText.HEADER);
            right.add(DELTA_AT, true);
        });
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            ProjectScore score = report.projects().get(i);
            List<String> row = new ArrayList<>(List.of(row(i + 1, score)));
            report.comparison().ifPresent(c -> row.add(DELTA_AT, DeltaText.of(c, score)));
            rows.add(row.toArray(String[]::new));
        }
        String[] headings = header.toArray(String[]::new);
        int[] widths = fit(widths(headings, rows));
        StringBuilder out = new StringBuilder();
        line(out, headings, right, widths, null);
        for (int i = 0; i < rows.size(); i++) {
            line(out, rows.get(i), right, widths, report.summaries().get(i).verdict());
        }
        out.append('\n').append(summary(report)).append('\n');
        report.comparison().ifPresent(c -> out.append(SafeText.line(DeltaText.summary(c, report.summaries()))).append('\n'));
        return out.toString();
    }

    private static String[] row(int rank, ProjectScore score) {
        return new String[] {String.valueOf(rank), TextWidth.fit(SafeText.line(score.project().name()), MAX_NAME),
            score.verdict().id(), String.valueOf(score.score()), String.valueOf(score.hype()),
            String.valueOf(score.substance()), String.format(Locale.ROOT, "%.2f", score.confidence()),
            score.primaryTrend().map(t -> SafeText.line(t.id())).orElse("-")};
    }

    private static int[] widths(String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = TextWidth.of(header[c]);
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], TextWidth.of(row[c]));
            }
        }
        return widths;
    }

    /** Narrows the name and trend columns (the wider first) until a line fits, or both are at their minimum. */
    private int[] fit(int[] widths) {
        int trend = widths.length - 1;
        int total = (widths.length - 1) * 2;
        for (int w : widths) {
            total += w;
        }
        while (total > width) {
            boolean name = widths[NAME] > MIN_NAME && widths[NAME] >= widths[trend];
            boolean last = widths[trend] > MIN_TREND;
            if (name) {
                widths[NAME]--;
            } else if (last) {
                widths[trend]--;
            } else if (widths[NAME] > MIN_NAME) {
                widths[NAME]--;
            } else {
                break;
            }
            total--;
        }
        return widths;
    }

    private void line(StringBuilder out, String[] cells, List<Boolean> right, int[] widths, Verdict verdict) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String text = TextWidth.fit(cells[c], widths[c]);
            String padding = " ".repeat(Math.max(0, widths[c] - TextWidth.of(text)));
            String cell = c == 2 && verdict != null ? paint(text, verdict) : text;
            line.append(c == 0 ? "" : "  ").append(right.get(c) ? padding + cell : cell + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private String paint(String text, Verdict verdict) {
        if (!color) {
            return text;
        }
        String code = switch (verdict) {
            case SUBSTANCE -> "32";
            case MIXED -> "33";
            case HYPE -> "31";
            case UNKNOWN -> "2";
        };
        return "\u001B[" + code + "m" + text + "\u001B[0m";
    }

    private static String summary(Report report) {
        String text = report.projects().size() + (report.projects().size() == 1 ? " project" : " projects") + ": "
                + report.count(Verdict.SUBSTANCE) + " substance, " + report.count(Verdict.MIXED) + " mixed, "
                + report.count(Verdict.HYPE) + " hype, " + report.count(Verdict.UNKNOWN) + " unknown";
        if (!report.errors().isEmpty()) {
            text += "; " + report.errorFiles() + (report.errorFiles() == 1 ? " file" : " files") + " not scored (errors on stderr)";
        }
        return text;
    }
}
