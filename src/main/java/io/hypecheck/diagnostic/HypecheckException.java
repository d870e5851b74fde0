package io.hypecheck.diagnostic;

import java.util.Objects;

/**
 * The one error type users see: a one-line message (anything quoted in it is escaped onto that
 * line, see {@link OneLine}) and the exit code it maps to. The CLI prints
 * {@code error: <message>} and shows the stack trace only with {@code --stacktrace}.
 */
public class HypecheckException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public HypecheckException(ExitCode exitCode, String message) {
        this(exitCode, message, null);
    }

    public HypecheckException(ExitCode exitCode, String message, Throwable cause) {
        super(OneLine.escape(Objects.requireNonNull(message, "message")), cause);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /** A usage or configuration error (exit 2). */
    public static HypecheckException config(String message) {
        return new HypecheckException(ExitCode.USAGE, message);
    }

    /** The exit code this error maps to. */
    public ExitCode exitCode() {
        return exitCode;
    }
}
