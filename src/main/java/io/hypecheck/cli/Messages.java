package io.hypecheck.cli;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.HypecheckException;
import java.io.PrintWriter;
import java.util.List;

/** How the CLI prints diagnostics to stderr and decides on colour. */
final class Messages {

    /** How much goes to stderr: errors and fail reasons always; warnings unless quiet; info lines when verbose. */
    enum Level { QUIET, NORMAL, VERBOSE }

    private Messages() {
    }

    /** Prints the diagnostics the level lets through: errors always, warnings unless quiet. */
    static void print(PrintWriter err, List<Diagnostic> diagnostics, Level level) {
        print(err, level == Level.QUIET
                ? diagnostics.stream().filter(d -> d.severity() == io.hypecheck.diagnostic.Severity.ERROR).toList()
                : diagnostics);
    }

    /** Prints {@code info: message} when verbose. */
    static void info(PrintWriter err, Level level, String message) {
        if (level == Level.VERBOSE) {
            err.println("info: " + message);
            err.flush();
        }
    }

    /**
     * The table's width: on a terminal, {@code COLUMNS} when set, else what the terminal says
     * (picocli asks {@code stty}); otherwise 80.
     */
    static int width(boolean terminal) {
        if (!terminal) {
            return io.hypecheck.report.RenderOptions.DEFAULT_WIDTH;
        }
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("[1-9][0-9]{0,3}")) {
            return Integer.parseInt(columns);
        }
        picocli.CommandLine.Model.UsageMessageSpec usage = picocli.CommandLine.Model.CommandSpec.create().usageMessage();
        return usage.autoWidth(true).width();
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
