package io.hypecheck.cli;

import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.report.JsonRenderer;
import io.hypecheck.report.Renderer;
import io.hypecheck.report.TableRenderer;
import io.hypecheck.score.FailCondition;

/**
 * Picks the renderer for a format name.
 *
 * @param color          colour the table
 * @param fail           the fail condition (for formats that mark failing projects)
 * @param showSuppressed list suppressed findings
 */
record RenderChoice(boolean color, FailCondition fail, boolean showSuppressed) {

    /** The formats {@code --format} accepts. */
    static final String NAMES = "table, json";

    Renderer renderer(String format) {
        return switch (format) {
            case "table" -> new TableRenderer(color);
            case "json" -> new JsonRenderer();
            default -> throw HypecheckException.config("--format: unknown format '" + format + "'; formats: " + NAMES);
        };
    }
}
