package io.hypecheck.report;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML for CI test-report views (GitLab, Jenkins, Azure, test-reporter actions): one
 * {@code testsuite} "hypecheck" with one {@code testcase} per project (classname its primary
 * trend, name the project, {@code file} its file), a {@code failure} of type {@code verdict} when
 * the report gives the project fail reasons (decided in the run, not here), and one
 * {@code testcase} with an {@code error} per file that could not be scored. Times are 0, so the same report gives the same XML.
 */
public final class JUnitRenderer implements Renderer {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String render(Report report) {
        StringBuilder cases = new StringBuilder();
        int failures = 0;
        for (int i = 0; i < report.projects().size(); i++) {
            List<String> reasons = report.failReasons(i);
            failures += reasons.isEmpty() ? 0 : 1;
            project(cases, report.projects().get(i), reasons);
        }
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        report.errors().forEach(e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
        byFile.forEach((file, errors) -> invalidFile(cases, file, errors));
        String counts = " tests=\"" + (report.projects().size() + byFile.size()) + "\" failures=\"" + failures
                + "\" errors=\"" + byFile.size() + "\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"hypecheck\"" + counts + " time=\"0\">\n"
                + "  <testsuite name=\"hypecheck\"" + counts + " skipped=\"0\" time=\"0\">\n"
                + cases
                + "  </testsuite>\n"
                + "</testsuites>\n";
    }

    private static void project(StringBuilder out, ProjectScore score, List<String> reasons) {
        open(out, score.primaryTrend().map(t -> t.id()).orElse("hypecheck"), score.project().name(), score.project().file());
        if (!reasons.isEmpty()) {
            out.append("      <failure message=\"").append(XmlText.attribute(String.join("; ", reasons)))
                    .append("\" type=\"verdict\">").append(XmlText.text(findings(score))).append("</failure>\n");
        }
        out.append("      <system-out>").append(XmlText.text(headline(score))).append("</system-out>\n");
        out.append("    </testcase>\n");
    }

    private static void invalidFile(StringBuilder out, String file, List<Diagnostic> errors) {
        open(out, "hypecheck", file, file);
        StringBuilder text = new StringBuilder();
        errors.forEach(e -> text.append(e.format()).append('\n'));
        out.append("      <error message=\"").append(XmlText.attribute(errors.get(0).message()))
                .append("\" type=\"invalid-file\">").append(XmlText.text(text.toString())).append("</error>\n");
        out.append("    </testcase>\n");
    }

    private static void open(StringBuilder out, String classname, String name, String file) {
        out.append("    <testcase classname=\"").append(XmlText.attribute(classname)).append("\" name=\"")
                .append(XmlText.attribute(name)).append("\" file=\"").append(XmlText.attribute(file))
                .append("\" time=\"0\">\n");
    }

    private static String headline(ProjectScore score) {
        return String.format(Locale.ROOT, "verdict %s, score %d (hype %d, substance %d), confidence %.2f",
                score.verdict().id(), score.score(), score.hype(), score.substance(), score.confidence());
    }

    /** The headline, then one line per finding with its evidence places. */
    private static String findings(ProjectScore score) {
        StringBuilder text = new StringBuilder(headline(score)).append('\n');
        for (Finding f : score.findings()) {
            text.append("+").append(f.points()).append(' ').append(f.effect().id()).append("  ").append(f.rule())
                    .append(": ").append(f.message());
            List<String> places = f.evidence().stream().map(e -> e.path() + " at line " + e.location().line())
                    .distinct().toList();
            if (!places.isEmpty()) {
                text.append(" (").append(String.join(", ", places)).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
