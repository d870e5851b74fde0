package io.hypecheck.report;

/** Renders a report in one format; the same report always gives the same text. */
public interface Renderer {

    /** The format's name, as given to {@code --format}. */
    String format();

    /** The whole report as text, ending with a newline. */
    String render(Report report);

    /**
     * Writes the same text as {@link #render(Report)} to {@code out}; a renderer of large reports
     * streams it instead of building it whole.
     */
    default void render(Report report, java.io.Writer out) throws java.io.IOException {
        out.write(render(report));
    }

    /**
     * What a user should know about the rendered report that it cannot say itself, such as
     * results cut to a viewer's limit; printed on stderr as warnings. None by default.
     */
    default java.util.List<String> warnings(Report report) {
        return java.util.List.of();
    }
}
