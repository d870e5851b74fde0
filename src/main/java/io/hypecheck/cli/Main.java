package io.hypecheck.cli;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.diagnostic.OneLine;
import io.hypecheck.engine.RegisteredType;
import io.hypecheck.engine.RuleTypeFailure;
import io.hypecheck.project.ArgumentPaths;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine;

/**
 * The entry point: {@code main} exits with {@link #run}'s code; tests call {@code run}. Whatever
 * goes wrong maps to a SPEC §5 exit code with a one-line message: errors (out of memory, stack
 * overflow) are exit 4, a standard output that is closed or full is exit 4, and a plugin can
 * neither end the process with a code of its choosing nor print into the report: a command that
 * loads plugin jars runs in a JVM of its own ({@link PluginProcess}). Under the C
 * locale, {@code main} runs hypecheck again in a UTF-8 locale ({@link Utf8Relaunch}), so that
 * non-ASCII file names can be opened; an argument whose bytes no charset here can decode is opened
 * by those bytes ({@link ArgumentPaths}).
 */
public final class Main {

    private static final String OUT_OF_MEMORY =
            "error: internal error: out of memory (give Java more with -Xmx, or look for a very large input)";

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            OptionalInt relaunched = Utf8Relaunch.run(args);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
            ExitGuard.install(System.err);
            String[] arguments = Utf8Relaunch.arguments(args, System.getenv());
            ArgumentPaths.register(arguments, Utf8Relaunch.argumentBytes(args, System.getenv()),
                    Charset.forName(System.getProperty("sun.jnu.encoding")), Path.of(""));
            Optional<Path> child = PluginProcess.folder(System.getenv());
            code = child.isPresent() ? runChild(child.get(), arguments)
                    : run(new FileOutputStream(FileDescriptor.out), System.console() != null,
                            Optional.of(new PluginProcess(args, System.console() != null)), arguments);
        } catch (OutOfMemoryError e) {
            // before run's own handler is reached (a heap too small to start): the same one line
            System.err.println(OUT_OF_MEMORY);
            code = ExitCode.INTERNAL.code();
        }
        ExitGuard.exit(code);
    }

    /** In the child JVM of a run with plugins: the report goes to the file the parent copies, then the marker. */
    private static int runChild(Path folder, String[] arguments) {
        int code;
        try (OutputStream report = PluginProcess.report(folder)) {
            code = run(report, "1".equals(System.getenv(PluginProcess.TERMINAL)), Optional.empty(), arguments);
        } catch (IOException e) {
            System.err.println("error: internal error: cannot write the report of the run with plugins: "
                    + OneLine.escape(String.valueOf(e.getMessage())));
            code = ExitCode.INTERNAL.code();
        }
        PluginProcess.finished(folder, code);
        return code;
    }

    /**
     * Runs hypecheck with the report on {@code stdout} and messages on standard error; with
     * {@code plugins}, a command that loads plugin jars runs in a JVM of its own. While it runs,
     * whatever else writes to {@code System.out} (a plugin) goes to standard error, so that stdout
     * carries only the report.
     */
    private static int run(OutputStream stdout, boolean terminal, Optional<PluginProcess> plugins, String... args) {
        PrintStream systemOut = System.out;
        LfPrintWriter out = new LfPrintWriter(new BufferedOutputStream(stdout));
        LfPrintWriter err = new LfPrintWriter(new FileOutputStream(FileDescriptor.err));
        System.setOut(System.err);
        try {
            return run(out, err, System.in, terminal, plugins, args);
        } finally {
            out.flush();
            System.setOut(systemOut);
        }
    }

    /**
     * Runs hypecheck with the given streams.
     *
     * @param terminal whether stdout is a terminal (colours are used only then, unless asked)
     */
    public static int run(PrintWriter out, PrintWriter err, InputStream in, boolean terminal, String... args) {
        return run(out, err, in, terminal, Optional.empty(), args);
    }

    private static int run(PrintWriter out, PrintWriter err, InputStream in, boolean terminal,
                           Optional<PluginProcess> plugins, String... args) {
        LfPrintWriter lfOut = out instanceof LfPrintWriter lf ? lf : new LfPrintWriter(out);
        LfPrintWriter lfErr = err instanceof LfPrintWriter lf ? lf : new LfPrintWriter(err);
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        int code;
        try {
            code = execute(lfOut, lfErr, in, terminal, stacktrace, plugins, args);
        } catch (Throwable e) {
            code = handle(e, lfErr, stacktrace);
        }
        if (lfOut.failed() && code != ExitCode.USAGE.code() && code != ExitCode.INTERNAL.code()) {
            lfErr.println("error: cannot write the report to standard output (it is closed or full)");
            code = ExitCode.INTERNAL.code();
        }
        lfErr.flush();
        return code;
    }

    private static int execute(PrintWriter out, PrintWriter err, InputStream in, boolean terminal, boolean stacktrace,
                               Optional<PluginProcess> plugins, String... args) {
        CommandLine cli = HypecheckCommand.commandLine(new HypecheckCommand(in, terminal), args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, params) -> {
            String hint = e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getSuggestions().isEmpty()
                    ? " (did you mean '" + unmatched.getSuggestions().get(0) + "'?)" : "";
            err.println("error: " + OneLine.escape(e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip()) + hint);
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> handle(e, err, stacktrace));
        cli.setExecutionStrategy(parsed -> plugins.isPresent() && PluginProcess.loadsPlugins(parsed)
                ? plugins.get().run(out, err) : new CommandLine.RunLast().execute(parsed));
        int code = cli.execute(args);
        out.flush();
        return code;
    }

    private static int handle(Throwable thrown, PrintWriter err, boolean stacktrace) {
        // picocli wraps what a command throws that is not an exception (an error) in its own exception
        Throwable e = thrown instanceof CommandLine.ExecutionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        ExitCode code;
        if (outOfMemory(e) && !byAPlugin(e)) {
            err.println(OUT_OF_MEMORY);
            code = ExitCode.INTERNAL;
        } else if (e instanceof HypecheckException known) {
            err.println("error: " + known.getMessage());
            code = known.exitCode();
        } else if (e instanceof RuleTypeFailure failure) {
            err.println("error: internal error: " + OneLine.escape(failure.getMessage()));
            code = ExitCode.INTERNAL;
        } else {
            err.println("error: internal error: " + OneLine.escape(String.valueOf(e))
                    + (stacktrace ? "" : " (run with --stacktrace for details, and please report it)"));
            code = ExitCode.INTERNAL;
        }
        if (stacktrace) {
            e.printStackTrace(err);
        }
        return code.code();
    }

    /** Whether {@code e} is, or was caused by, running out of memory: one line saying so, whoever noticed it. */
    private static boolean outOfMemory(Throwable e) {
        return causes(e).anyMatch(t -> t instanceof OutOfMemoryError);
    }

    /** Whether a plugin's code threw {@code e} or its cause: its own message names the plugin. */
    private static boolean byAPlugin(Throwable e) {
        return causes(e).anyMatch(t -> t instanceof RuleTypeFailure f && !RegisteredType.BUILT_IN.equals(f.origin()));
    }

    private static java.util.stream.Stream<Throwable> causes(Throwable e) {
        return java.util.stream.Stream.iterate(e, t -> t != null, t -> t.getCause() == t ? null : t.getCause()).limit(50);
    }
}
