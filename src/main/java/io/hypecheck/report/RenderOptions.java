package io.hypecheck.report;

import io.hypecheck.score.FailCondition;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How renderers present a report, besides the report itself (which carries every decision,
 * fail reasons included).
 *
 * @param color             colour the terminal table (ANSI escapes)
 * @param fail              the fail condition, for formats that say which projects fail the run
 * @param showSuppressed    list the findings that exemptions set aside (SARIF: as suppressed results)
 * @param annotateSubstance GitHub annotations: add substance findings as notices
 * @param sourceRoot        SARIF: the absolute folder URIs are made relative to (the repository root); empty:
 *                          paths as given
 * @param width             the terminal table's width in columns
 */
public record RenderOptions(boolean color, FailCondition fail, boolean showSuppressed, boolean annotateSubstance,
                            Optional<Path> sourceRoot, int width) {

    /** The table's width when nothing says otherwise (not a terminal). */
    public static final int DEFAULT_WIDTH = 80;

    public RenderOptions {
        Objects.requireNonNull(fail, "fail");
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
    }

    /** Colour, fail condition and suppressed findings; no substance annotations, paths as given, 80 columns. */
    public RenderOptions(boolean color, FailCondition fail, boolean showSuppressed) {
        this(color, fail, showSuppressed, false, Optional.empty(), DEFAULT_WIDTH);
    }

    /** Colour and suppressed findings; no fail condition to describe, no substance annotations, paths as given, 80 columns. */
    public RenderOptions(boolean color, boolean showSuppressed) {
        this(color, FailCondition.none(), showSuppressed);
    }

    /** No colour, no fail condition, suppressed findings hidden. */
    public static RenderOptions defaults() {
        return new RenderOptions(false, false);
    }

    /** These options with substance findings annotated (or not). */
    public RenderOptions withAnnotateSubstance(boolean annotate) {
        return new RenderOptions(color, fail, showSuppressed, annotate, sourceRoot, width);
    }

    /** These options with a source root for SARIF URIs. */
    public RenderOptions withSourceRoot(Optional<Path> root) {
        return new RenderOptions(color, fail, showSuppressed, annotateSubstance, root, width);
    }

    /** These options with a table width. */
    public RenderOptions withWidth(int columns) {
        return new RenderOptions(color, fail, showSuppressed, annotateSubstance, sourceRoot, columns);
    }
}
