package io.hypecheck.report;

import io.hypecheck.baseline.DeltaText;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ranked table for a terminal: aligned columns, verdicts in colour only when asked. */
public final class TableRenderer implements Renderer {

    private static final List<String> HEADER = List.of("RANK", "PROJECT", "VERDICT", "SCORE", "HYPE", "SUBST", "CONF",
            "PRIMARY TREND");
    private static final List<Boolean> RIGHT = List.of(true, false, false, true, true, true, true, false);
    /** With a baseline, the score delta goes right after the score. */
    private static final int DELTA_AT = 4;
    private static final int MAX_NAME = 32;

    private final boolean color;

    /** A table; {@code color} adds ANSI colours to the verdicts; with a baseline, a {@code Δ} column shows score changes. */
    public TableRenderer(boolean color) {
        this.color = color;
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
        int[] widths = widths(headings, rows);
        StringBuilder out = new StringBuilder();
        line(out, headings, right, widths, null);
        for (int i = 0; i < rows.size(); i++) {
            line(out, rows.get(i), right, widths, report.projects().get(i).verdict());
        }
        out.append('\n').append(summary(report)).append('\n');
        report.comparison().ifPresent(c -> out.append(DeltaText.summary(c, report.projects())).append('\n'));
        return out.toString();
    }

    private static String[] row(int rank, ProjectScore score) {
        String name = score.project().name();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME - 1) + "…";
        }
        return new String[] {String.valueOf(rank), name, score.verdict().id(), String.valueOf(score.score()),
            String.valueOf(score.hype()), String.valueOf(score.substance()),
            String.format(Locale.ROOT, "%.2f", score.confidence()),
            score.primaryTrend().map(t -> t.id()).orElse("-")};
    }

    private static int[] widths(String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].codePointCount(0, header[c].length());
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        return widths;
    }

    private void line(StringBuilder out, String[] cells, List<Boolean> right, int[] widths, Verdict verdict) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String padding = " ".repeat(widths[c] - cells[c].codePointCount(0, cells[c].length()));
            String cell = c == 2 && verdict != null ? paint(cells[c], verdict) : cells[c];
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
