package io.hypecheck.diagnostic;

/** The process exit codes of SPEC §5. */
public enum ExitCode {
    /** Everything was scored and no fail condition was met. */
    OK(0),
    /** The fail condition the user set was met. */
    FAIL_CONDITION(1),
    /** Usage or configuration error: nothing was scored. */
    USAGE(2),
    /** Some input files were invalid; the others were scored. */
    INVALID_INPUT(3),
    /** A bug in hypecheck or in a plugin. */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The numeric process exit code. */
    public int code() {
        return code;
    }
}
