package io.hypecheck.cli;

import io.hypecheck.baseline.BaselineReader;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.config.Config;
import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.report.AtomicFile;
import io.hypecheck.report.JsonReport;
import io.hypecheck.report.RenderOptions;
import io.hypecheck.report.Renderer;
import io.hypecheck.report.Renderers;
import io.hypecheck.report.ReportTargets;
import io.hypecheck.project.InputFiles;
import io.hypecheck.report.Report;
import io.hypecheck.run.Engine;
import io.hypecheck.run.Runner;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hypecheck score}: the ranked report, in one or several formats, with the CI fail conditions. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK, ExitCodes.FAIL, ExitCodes.USAGE, ExitCodes.INVALID, ExitCodes.INTERNAL},
        name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score project files and print a ranked report.",
            "Settings come from the nearest .hypecheck.yaml at or above the paths (or --config); flags override them."})
public final class ScoreCommand implements Callable<Integer>, ConfigScope {

    /** The format names, as the help lists them (a test keeps this equal to {@code Renderers.names()}). */
    static final String FORMATS = "csv, github, html, json, junit, markdown, ndjson, sarif, table";

    @Spec
    CommandSpec spec;

    @ParentCommand
    HypecheckCommand parent;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Project files, folders (searched for *.yaml and *.yml) or - for standard input. "
                    + "Default: the config's paths; without them, a usage error.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--rank-by", paramLabel = "KEY", defaultValue = "score", converter = RankByConverter.class,
            description = "score (default: SPEC order) or low: the low end of the score range, so an opaque project "
                    + "stops outranking a transparent one (extension).")
    io.hypecheck.score.RankBy rankBy = io.hypecheck.score.RankBy.SCORE;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT[=FILE]",
            description = "Report format, repeatable: " + FORMATS + ". With =FILE the report is written to "
                    + "that file (atomically); without, to stdout (one format at most). Default: table.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "VERDICT",
            description = "Exit 1 when a project's verdict is this or worse: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

    @Option(names = "--min-score", paramLabel = "N", description = "Exit 1 when a project scores below N (0-100).")
    Integer minScore;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier JSON report: show score deltas, verdict changes, new and removed projects.")
    Path baseline;

    @Option(names = "--fail-on-regression", paramLabel = "N",
            description = "With --baseline, exit 1 when a score drops N points or more, or a verdict gets worse. "
                    + "(In the config file, fail_on_regression applies only to runs given a baseline.)")
    Integer failOnRegression;

    @Option(names = "--show-suppressed",
            description = "List findings that exemptions set aside (in SARIF: as suppressed results).")
    boolean showSuppressed;

    @Option(names = "--annotate-substance", description = "github format: annotate substance findings too, as notices.")
    boolean annotateSubstance;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "sarif and github formats: name files relative to DIR, the repository root. "
                    + "Default: the git work tree around the working folder.")
    Path sourceRoot;

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the table: auto (on a terminal), always, never.")
    String color = "auto";

    @Mixin
    EngineOptions engine;

    @Override
    public List<String> configPaths() {
        return paths;
    }

    @Override
    public Integer call() {
        Config config = engine.config(configPaths());
        FailCondition fail = failCondition(config);
        List<FormatSpec> outputs = FormatSpec.parseAll(formats.isEmpty()
                ? (config.formats().isEmpty() ? List.of("table") : config.formats()) : formats);
        RenderOptions options = new RenderOptions(Messages.color(color, parent.terminal()), fail,
                showSuppressed || config.showSuppressed().orElse(false))
                .withAnnotateSubstance(annotateSubstance)
                .withSourceRoot(java.util.Optional.of(sourceRoot != null ? sourceRoot : SourceRoot.find(Path.of(""))));
        RenderOptions onScreen = options.withWidth(Messages.width(parent.terminal()));
        List<Renderer> renderers = outputs.stream().map(o -> renderer(o.format(), o.file().isPresent() ? options : onScreen)).toList();
        Optional<Comparison> comparison = Optional.ofNullable(baseline).or(config::baseline).map(file -> BaselineReader.read(file, JsonReport.REPORT_VERSION));
        if (failOnRegression != null && comparison.isEmpty()) {
            throw HypecheckException.config("--fail-on-regression needs --baseline");
        }
        List<String> inputs = NoSilentGreen.paths(paths, config);
        ReportTargets.check(outputs.stream().flatMap(o -> o.file().stream()).toList(),
                InputFiles.expand(inputs, engine.settings(config).excludes()).stream().map(InputFiles.Input::path)
                        .filter(java.util.Objects::nonNull).toList());
        PrintWriter err = spec.commandLine().getErr();
        Messages.Level level = parent.level();
        Messages.info(err, level, "config: " + config.file().map(Path::toString).orElse("none"));
        List<io.hypecheck.diagnostic.Diagnostic> unused = NoSilentGreen.excludes(inputs, engine.settings(config).excludes());
        long start = System.nanoTime();
        Engine loaded = Engine.load(engine.settings(config));
        Messages.info(err, level, loaded.rubrics().size() + " rubrics, "
                + loaded.rubrics().stream().mapToInt(r -> r.rules().size()).sum() + " rules");
        try (Runner.Result result = Runner.run(loaded, Version.current(),
                new Runner.Request(inputs, parent.stdin(), config.exemptions(), comparison, fail).rankedBy(rankBy)
                        .reporting(parent.terminal() && level != Messages.Level.QUIET
                                ? new TerminalProgress(err, Math.min(100, Messages.width(true))) : io.hypecheck.run.Progress.NONE))) {
            return report(result, outputs, renderers, unused, start);
        }
    }

    /** Prints the run's messages and writes its reports; the exit code. */
    private int report(Runner.Result result, List<FormatSpec> outputs, List<Renderer> renderers,
                       List<io.hypecheck.diagnostic.Diagnostic> unused, long start) {
        PrintWriter err = spec.commandLine().getErr();
        Messages.Level level = parent.level();
        Messages.print(err, unused, level);
        Messages.print(err, result.warnings(), level);
        Messages.print(err, NoSilentGreen.duplicateIds(result.report()), level);
        Messages.print(err, result.report().errors());
        Messages.info(err, level, "scored " + result.report().projects().size() + " projects, " + result.report().errorFiles()
                + " files invalid, in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        HypecheckException unwritten = null;
        for (int i = 0; i < outputs.size(); i++) {
            FormatSpec output = outputs.get(i);
            if (level != Messages.Level.QUIET) {
                renderers.get(i).warnings(result.report()).forEach(w -> err.println("warning: " + w));
            }
            if (output.file().isPresent()) {
                try {
                    AtomicFile.write(output.file().get(), renderers.get(i).render(result.report()));
                    Messages.info(err, level, "wrote " + output.format() + " to " + output.file().get());
                } catch (HypecheckException e) {
                    err.println("error: " + e.getMessage());
                    unwritten = unwritten == null ? e : unwritten;
                }
            } else {
                try { // streamed: a large report is not built whole first
                    renderers.get(i).render(result.report(), spec.commandLine().getOut());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                spec.commandLine().getOut().flush();
            }
        }
        if (unwritten != null) {
            return unwritten.exitCode().code();
        }
        if (!result.report().errors().isEmpty()) {
            return ExitCode.INVALID_INPUT.code();
        }
        List<String> failures = result.report().failures();
        failures.forEach(f -> err.println("fail: " + f));
        return failures.isEmpty() ? ExitCode.OK.code() : ExitCode.FAIL_CONDITION.code();
    }

    private FailCondition failCondition(Config config) {
        Optional<Verdict> verdict = Optional.ofNullable(failOn).map(f -> Verdict.parse(f.name()).orElseThrow())
                .or(() -> config.failOn().flatMap(Verdict::parse));
        Optional<Integer> min = Optional.ofNullable(minScore).or(config::minScore);
        Optional<Integer> regression = Optional.ofNullable(failOnRegression).or(config::failOnRegression);
        min.filter(n -> n < 0 || n > 100).ifPresent(n -> {
            throw HypecheckException.config("--min-score: expected 0 to 100, got " + n);
        });
        regression.filter(n -> n < 1 || n > 100).ifPresent(n -> {
            throw HypecheckException.config("--fail-on-regression: expected 1 to 100, got " + n);
        });
        return new FailCondition(verdict, min, regression);
    }

    private static Renderer renderer(String format, RenderOptions options) {
        try {
            return Renderers.forName(format, options);
        } catch (HypecheckException e) {
            throw HypecheckException.config("--format: " + e.getMessage());
        }
    }
}
