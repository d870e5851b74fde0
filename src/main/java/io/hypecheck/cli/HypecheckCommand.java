package io.hypecheck.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: subcommands, version and the exit codes of SPEC §5. */
@Command(name = "hypecheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scores Web3-AI project files for substance versus hype, with rubrics that encode "
                + "\"Web3-AI: what's real and what's hype\" (CoinDesk, July 2024).",
        subcommands = {ScoreCommand.class, ExplainCommand.class, ValidateCommand.class, SchemaCommand.class,
            RubricsCommand.class, InitCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK, ExitCodes.FAIL, ExitCodes.USAGE, ExitCodes.INVALID, ExitCodes.INTERNAL},
        footerHeading = "%n",
        footer = "Run 'hypecheck COMMAND --help' for a command's options.")
public final class HypecheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean stacktrace;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only errors and fail reasons on stderr, no warnings.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Also print what the run does on stderr (info: lines): config, rubrics, projects scored and time, reports written.")
    boolean verbose;

    private final InputStream stdin;
    private final boolean terminal;

    HypecheckCommand(InputStream stdin, boolean terminal) {
        this.stdin = stdin;
        this.terminal = terminal;
    }

    /** Standard input, for the path {@code -}. */
    InputStream stdin() {
        return stdin;
    }

    /** How much to print on stderr. */
    Messages.Level level() {
        return quiet ? Messages.Level.QUIET : verbose ? Messages.Level.VERBOSE : Messages.Level.NORMAL;
    }

    /** Whether standard output is a terminal. */
    boolean terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return io.hypecheck.diagnostic.ExitCode.USAGE.code();
    }
}
