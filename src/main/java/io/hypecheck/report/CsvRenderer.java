package io.hypecheck.report;

import io.hypecheck.baseline.Comparison;
import io.hypecheck.baseline.Previous;
import io.hypecheck.score.ProjectScore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row per ranked project, RFC 4180 quoting ({@code "} doubled; fields with a comma, quote or
 * line break quoted), {@code \n} line ends, a header row always. {@code delta} and
 * {@code previous_verdict} are empty without a baseline, and for projects new since it. Fields
 * holding project text ({@code id}, {@code name}, {@code file}) that a spreadsheet would run as a
 * formula, because they start with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, get a leading {@code '} (OWASP's advice against CSV injection); numeric fields are left
 * as they are, so {@code -15} stays a number.
 */
public final class CsvRenderer implements Renderer {

    /** The header row. */
    public static final List<String> HEADER = List.of("rank", "id", "name", "file", "verdict", "score", "hype",
            "substance", "confidence", "primary_trend", "delta", "previous_verdict");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (int i = 0; i < report.projects().size(); i++) {
            row(out, fields(i + 1, report.projects().get(i), report.comparison()));
        }
        return out.toString();
    }

    private static List<String> fields(int rank, ProjectScore score, Optional<Comparison> comparison) {
        Optional<Previous> before = comparison.flatMap(c -> c.before(score));
        return List.of(String.valueOf(rank), text(score.project().id()), text(score.project().name()), text(score.project().file()),
                score.verdict().id(), String.valueOf(score.score()), String.valueOf(score.hype()),
                String.valueOf(score.substance()), String.format(Locale.ROOT, "%.2f", score.confidence()),
                score.primaryTrend().map(t -> t.id()).orElse(""),
                before.map(b -> String.valueOf(score.score() - b.score())).orElse(""),
                before.map(b -> b.verdict().id()).orElse(""));
    }

    /** Project text, with a leading {@code '} when a spreadsheet would read it as a formula. */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        out.append('\n');
    }

    /** The field, quoted when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
