package io.hypecheck.report;

import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ranked table for a terminal: aligned columns, verdicts in colour only when asked. */
public final class TableRenderer implements Renderer {

    private static final String[] HEADER = {"RANK", "PROJECT", "VERDICT", "SCORE", "HYPE", "SUBST", "CONF", "PRIMARY TREND"};
    private static final boolean[] RIGHT = {true, false, false, true, true, true, true, false};
    private static final int MAX_NAME = 32;

    private final boolean color;

    /** A table; {@code color} adds ANSI colours to the verdicts. */
    public TableRenderer(boolean color) {
        this.color = color;
    }

    @Override
    public String format() {
        return "table";
    }

    @Override
    public String render(Report report) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            rows.add(row(i + 1, report.projects().get(i)));
        }
        int[] widths = widths(rows);
        StringBuilder out = new StringBuilder();
        line(out, HEADER, widths, null);
        for (int i = 0; i < rows.size(); i++) {
            line(out, rows.get(i), widths, report.projects().get(i).verdict());
        }
        out.append('\n').append(summary(report)).append('\n');
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

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) {
            widths[c] = HEADER[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        return widths;
    }

    private void line(StringBuilder out, String[] cells, int[] widths, Verdict verdict) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String padding = " ".repeat(widths[c] - cells[c].codePointCount(0, cells[c].length()));
            String cell = c == 2 && verdict != null ? paint(cells[c], verdict) : cells[c];
            line.append(c == 0 ? "" : "  ").append(RIGHT[c] ? padding + cell : cell + padding);
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
