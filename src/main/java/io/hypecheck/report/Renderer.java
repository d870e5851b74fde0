package io.hypecheck.report;

/** Renders a report in one format; the same report always gives the same text. */
public interface Renderer {

    /** The format's name, as given to {@code --format}. */
    String format();

    /** The whole report as text, ending with a newline. */
    String render(Report report);
}
