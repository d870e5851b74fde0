package io.hypecheck.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * What one run of the command line gave: exit code, stdout and stderr.
 *
 * @param code the exit code
 * @param out  standard output
 * @param err  standard error
 */
public record CliResult(int code, String out, String err) {

    /** Runs hypecheck with empty standard input, not on a terminal. */
    public static CliResult run(String... args) {
        return runWithInput("", args);
    }

    /** Runs hypecheck with the given standard input, not on a terminal. */
    public static CliResult runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, args);
        return new CliResult(code, out.toString(), err.toString());
    }
}
