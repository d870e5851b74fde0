package io.hypecheck.report;

import io.hypecheck.score.FailCondition;
import java.util.Objects;

/**
 * What renderers may need besides the report itself.
 *
 * @param color          colour the terminal table (ANSI escapes)
 * @param fail           the fail condition, for formats that mark failing projects ({@code junit})
 * @param showSuppressed list the findings that exemptions set aside (SARIF always carries them, marked suppressed)
 */
public record RenderOptions(boolean color, FailCondition fail, boolean showSuppressed) {

    public RenderOptions {
        Objects.requireNonNull(fail, "fail");
    }

    /** No colour, no fail condition, suppressed findings hidden. */
    public static RenderOptions defaults() {
        return new RenderOptions(false, FailCondition.none(), false);
    }
}
