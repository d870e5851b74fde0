package io.hypecheck.report;

/**
 * How renderers present a report, besides the report itself (which carries every decision,
 * fail reasons included).
 *
 * @param color          colour the terminal table (ANSI escapes)
 * @param showSuppressed list the findings that exemptions set aside (SARIF always carries them, marked suppressed)
 */
public record RenderOptions(boolean color, boolean showSuppressed) {

    /** No colour, suppressed findings hidden. */
    public static RenderOptions defaults() {
        return new RenderOptions(false, false);
    }
}
