package io.hypecheck.cli;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.diagnostic.OneLine;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Runs a command that loads plugin jars in a JVM of its own, so that no plugin can write into the
 * report on stdout or end the process with a code of its choosing (extension; the README says why).
 *
 * <p>The child JVM is this one's command again ({@link JvmCommand}), with {@value #FOLDER} naming a
 * private temporary folder. Its own stdout goes to this process's stderr: whatever a plugin writes
 * there, even through {@code FileDescriptor.out}, is seen but is no report. The child writes the
 * report to {@code report} in that folder and, once it has closed it, its exit code to {@code done}.
 * This process copies the report to its stdout and exits with that code only when {@code done} is
 * there; a child that ends without it (a plugin called {@code Runtime.halt}, or a signal killed it)
 * is exit 4 with one line. Without plugins nothing of this happens.
 */
final class PluginProcess {

    /** In the child's environment: the folder it leaves its report and exit code in. */
    static final String FOLDER = "HYPECHECK_PLUGIN_RUN";

    /** In the child's environment: {@code 1} when this process's stdout is a terminal. */
    static final String TERMINAL = "HYPECHECK_TERMINAL";

    private static final String REPORT = "report";
    private static final String DONE = "done";
    private static final String ABORTED = "aborted";

    private final String[] args;
    private final boolean terminal;

    /**
     * @param args     the arguments {@code main} was given, before any decoding of its own
     * @param terminal whether this process's stdout is a terminal
     */
    PluginProcess(String[] args, boolean terminal) {
        this.args = args.clone();
        this.terminal = terminal;
    }

    /**
     * Whether the parsed command loads plugin jars: it has the engine options, and they (with the
     * config file the command would read) name a plugin. Help and version never do.
     */
    static boolean loadsPlugins(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (true) {
            if (leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested()) {
                return false;
            }
            if (!leaf.hasSubcommand()) {
                break;
            }
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        List<String> scope = command instanceof ConfigScope s ? s.configPaths() : List.of();
        return leaf.commandSpec().mixins().values().stream().map(CommandLine.Model.CommandSpec::userObject)
                .anyMatch(mixin -> mixin instanceof EngineOptions engine && engine.loadsPlugins(scope));
    }

    /** In a child, the folder it reports to; else empty. */
    static Optional<Path> folder(Map<String, String> env) {
        return Optional.ofNullable(env.get(FOLDER)).filter(f -> !f.isEmpty()).map(Path::of);
    }

    /** In a child, the stream its report goes to. */
    static OutputStream report(Path folder) throws IOException {
        return Files.newOutputStream(folder.resolve(REPORT));
    }

    /** In a child, after the report is closed: the completion marker, with the exit code. */
    static void finished(Path folder, int code) {
        note(folder.resolve(DONE), code + "\n");
    }

    /** In a child, when it ends before finishing and has said why on stderr: the parent adds nothing. */
    static void aborted(Map<String, String> env) {
        folder(env).ifPresent(f -> note(f.resolve(ABORTED), ""));
    }

    private static void note(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // no marker: the parent reports the run as not finished
        }
    }

    /**
     * Runs the command in a child JVM and copies its report to {@code out}.
     *
     * @return the child's exit code when it finished, else 4
     */
    int run(PrintWriter out, PrintWriter err) {
        Path folder;
        try {
            folder = Files.createTempDirectory("hypecheck-plugins-");
        } catch (IOException | UnsupportedOperationException e) {
            throw HypecheckException.config("cannot create a temporary folder for the run with plugins: "
                    + OneLine.escape(String.valueOf(e.getMessage())));
        }
        try {
            ProcessBuilder builder = JvmCommand.again(args)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put(FOLDER, folder.toString());
            builder.environment().put(TERMINAL, terminal ? "1" : "0");
            err.flush();
            Optional<Integer> exit = JvmCommand.await(builder, PluginProcess::toStandardError, () -> delete(folder));
            if (exit.isEmpty()) {
                throw HypecheckException.config("cannot start a Java runtime for the run with plugins: "
                        + String.join(" ", builder.command().subList(0, 1)));
            }
            Optional<Integer> done = code(folder.resolve(DONE));
            if (done.isEmpty()) {
                if (!Files.exists(folder.resolve(ABORTED))) {
                    err.println("error: internal error: the run with plugins loaded ended before hypecheck finished"
                            + " (exit code " + exit.get() + "; a plugin may have halted the JVM); no report was written");
                }
                return ExitCode.INTERNAL.code();
            }
            copy(folder.resolve(REPORT), out);
            return done.get();
        } finally {
            delete(folder);
        }
    }

    /** The child's own stdout (what a plugin wrote there) goes to this process's stderr, as it is. */
    private static void toStandardError(InputStream childOut) throws IOException {
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        childOut.transferTo(err);
        err.flush();
    }

    private static Optional<Integer> code(Path done) {
        try {
            String text = Files.readString(done, StandardCharsets.US_ASCII);
            return text.matches("[0-9]{1,3}\n") ? Optional.of(Integer.parseInt(text.strip())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void copy(Path report, PrintWriter out) {
        char[] buffer = new char[1 << 16];
        try (Reader in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.flush();
    }

    private static void delete(Path folder) {
        for (String name : new String[] {REPORT, DONE, ABORTED}) {
            try {
                Files.deleteIfExists(folder.resolve(name));
            } catch (IOException e) {
                // best effort: a temporary folder
            }
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // best effort
        }
    }
}
