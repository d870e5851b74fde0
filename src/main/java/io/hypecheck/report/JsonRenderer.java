package io.hypecheck.report;


/** The JSON report of SPEC §4: one pretty-printed document, keys in a fixed order, {@code \n} line ends. */
public final class JsonRenderer implements Renderer {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String render(Report report) {
        return JsonText.write(JsonReport.document(report));
    }

    @Override
    public void render(Report report, java.io.Writer out) throws java.io.IOException {
        JsonText.stream(out, generator -> JsonReport.write(report, generator));
    }

    /** One project's entry, as in the report (rank 1). */
    public String renderProject(io.hypecheck.score.ProjectScore score) {
        return JsonText.write(JsonReport.project(1, score));
    }
}
