package io.hypecheck.cli;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** The entry point: {@code main} exits with {@link #run}'s code; tests call {@code run}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs hypecheck on the process's standard streams. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, System.in, System.console() != null, args);
    }

    /**
     * Runs hypecheck with the given streams.
     *
     * @param terminal whether stdout is a terminal (colours are used only then, unless asked)
     */
    public static int run(PrintWriter out, PrintWriter err, InputStream in, boolean terminal, String... args) {
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        CommandLine cli = new CommandLine(new HypecheckCommand(in, terminal));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, params) -> {
            String hint = e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getSuggestions().isEmpty()
                    ? " (did you mean '" + unmatched.getSuggestions().get(0) + "'?)" : "";
            err.println("error: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip() + hint);
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> handle(e, err, stacktrace));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int handle(Exception e, PrintWriter err, boolean stacktrace) {
        ExitCode code;
        if (e instanceof HypecheckException known) {
            known.getMessage().lines().forEach(line -> err.println("error: " + line));
            code = known.exitCode();
        } else {
            err.println("error: internal error: " + e + (stacktrace ? "" : " (run with --stacktrace for details, and please report it)"));
            code = ExitCode.INTERNAL;
        }
        if (stacktrace) {
            e.printStackTrace(err);
        }
        return code.code();
    }
}
