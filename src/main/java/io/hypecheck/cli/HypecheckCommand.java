package io.hypecheck.cli;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level command: subcommands ({@link #commandLine}), version and the exit codes of SPEC §5.
 */
@Command(name = "hypecheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Scores Web3-AI project files for substance versus hype, with rubrics that encode "
                + "\"Web3-AI: what's real and what's hype\" (CoinDesk, July 2024).",
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

    /** The subcommands by name, in the order help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private final InputStream stdin;
    private final boolean terminal;

    HypecheckCommand(InputStream stdin, boolean terminal) {
        this.stdin = stdin;
        this.terminal = terminal;
    }

    /**
     * The command line of this command with its subcommands. Picocli builds a command's model by
     * reflection over its annotations, much of a one-file run's start, so when the first argument
     * names a subcommand (the one picocli will run) only that one is added; otherwise (help, an
     * option first, a misspelt command) all are, for the listing and the suggestions.
     */
    static CommandLine commandLine(HypecheckCommand top, String... args) {
        CommandLine cli = new CommandLine(top);
        Class<?> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        SUBCOMMANDS.forEach((name, type) -> {
            if (only == null || only == type) {
                cli.addSubcommand(name, type);
            }
        });
        return cli;
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("score", ScoreCommand.class);
        all.put("explain", ExplainCommand.class);
        all.put("validate", ValidateCommand.class);
        all.put("schema", SchemaCommand.class);
        all.put("rubrics", RubricsCommand.class);
        all.put("init", InitCommand.class);
        return java.util.Collections.unmodifiableMap(all);
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
