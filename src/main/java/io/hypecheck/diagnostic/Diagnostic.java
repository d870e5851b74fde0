package io.hypecheck.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found in an input file, with the place it stands.
 *
 * @param file     the file as the user named it
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column, or 0 when the problem concerns the whole file
 * @param severity error or warning
 * @param message  one line, starting with the field path where there is one (line breaks and other
 *                 unsafe characters, in the message or the file name, are escaped: see {@link OneLine})
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

    /** File, then position, then message: the order diagnostics are reported in. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position");
        }
        file = OneLine.escape(file);
        message = OneLine.escape(message);
    }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message);
    }

    /**
     * {@code file:line:column: message}, the form editors and CI logs link to. A file name holding a
     * colon is quoted ({@code "x.yaml:3:4":1:1: ...}), so it cannot pass for a position.
     */
    public String format() {
        String name = file.indexOf(':') >= 0 || file.startsWith("\"") ? "\"" + file.replace("\"", "\\\"") + "\"" : file;
        return line == 0 ? name + ": " + message : name + ":" + line + ":" + column + ": " + message;
    }
}
