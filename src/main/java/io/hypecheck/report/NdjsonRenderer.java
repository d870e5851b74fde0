package io.hypecheck.report;

/**
 * Newline-delimited JSON: one compact object per ranked project, each the project's entry of the
 * JSON report (SPEC §4), and nothing else; no projects, no lines. For {@code jq -c}, log
 * shippers and line-by-line consumers.
 */
public final class NdjsonRenderer implements Renderer {

    @Override
    public String format() {
        return "ndjson";
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < report.projects().size(); i++) {
            out.append(JsonText.compact(JsonReport.entry(i + 1, report.projects().get(i), report.comparison()))).append('\n');
        }
        return out.toString();
    }
}
