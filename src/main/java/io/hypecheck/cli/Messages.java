package io.hypecheck.cli;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.HypecheckException;
import java.io.PrintWriter;
import java.util.List;

/** How the CLI prints diagnostics to stderr and decides on colour. */
final class Messages {

    private Messages() {
    }

    /** Prints each diagnostic as {@code error: file:line:col: message} (or {@code warning:}). */
    static void print(PrintWriter err, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            err.println(d.severity().label() + ": " + d.format());
        }
        err.flush();
    }

    /** Whether to colour: {@code always}, {@code never}, or {@code auto} (a terminal, and no NO_COLOR). */
    static boolean color(String when, boolean terminal) {
        return switch (when) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> terminal && System.getenv("NO_COLOR") == null;
            default -> throw HypecheckException.config("--color: expected auto, always or never, got '" + when + "'");
        };
    }
}
