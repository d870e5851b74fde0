package io.hypecheck.cli;

import io.hypecheck.config.Config;
import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.report.AtomicFile;
import io.hypecheck.report.BaselineReader;
import io.hypecheck.report.Comparison;
import io.hypecheck.report.FailReasons;
import io.hypecheck.report.RenderOptions;
import io.hypecheck.report.Renderer;
import io.hypecheck.report.Renderers;
import io.hypecheck.report.ReportTargets;
import io.hypecheck.project.InputFiles;
import io.hypecheck.report.Report;
import io.hypecheck.run.Engine;
import io.hypecheck.run.Runner;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.ProjectScore;
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
            "Settings come from ./.hypecheck.yaml (or --config) when present; flags override them."})
public final class ScoreCommand implements Callable<Integer> {

    /** The format names, as the help lists them (a test keeps this equal to {@code Renderers.names()}). */
    static final String FORMATS = "csv, github, json, junit, markdown, ndjson, sarif, table";

    @Spec
    CommandSpec spec;

    @ParentCommand
    HypecheckCommand parent;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Project files, folders (searched for *.yaml and *.yml) or - for standard input. "
                    + "Default: the config's paths, else the current folder.")
    List<String> paths = new ArrayList<>();

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

    @Option(names = "--show-suppressed", description = "List findings that exemptions set aside.")
    boolean showSuppressed;

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the table: auto (on a terminal), always, never.")
    String color = "auto";

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        Config config = engine.config();
        FailCondition fail = failCondition(config);
        List<FormatSpec> outputs = FormatSpec.parseAll(formats.isEmpty()
                ? (config.formats().isEmpty() ? List.of("table") : config.formats()) : formats);
        RenderOptions options = new RenderOptions(Messages.color(color, parent.terminal()), fail,
                showSuppressed || config.showSuppressed().orElse(false));
        List<Renderer> renderers = outputs.stream().map(o -> renderer(o.format(), options)).toList();
        Optional<Comparison> comparison = Optional.ofNullable(baseline).or(config::baseline).map(BaselineReader::read);
        if (failOnRegression != null && comparison.isEmpty()) {
            throw HypecheckException.config("--fail-on-regression needs --baseline");
        }
        List<String> inputs = !paths.isEmpty() ? paths : config.paths().isEmpty() ? List.of(".") : config.paths();
        io.hypecheck.run.Settings settings = engine.settings(config);
        ReportTargets.check(outputs.stream().flatMap(o -> o.file().stream()).toList(),
                InputFiles.expand(inputs, settings.excludes()).stream().map(InputFiles.Input::path)
                        .filter(java.util.Objects::nonNull).toList());
        Engine loaded = Engine.load(settings);
        Runner.Result result = Runner.run(loaded, Version.current(), inputs, parent.stdin(), config.exemptions(), comparison);
        PrintWriter err = spec.commandLine().getErr();
        Messages.print(err, result.warnings());
        Messages.print(err, result.report().errors());
        if (result.report().projects().isEmpty() && result.report().errors().isEmpty()) {
            err.println("warning: no project files (*.yaml, *.yml) found in " + String.join(", ", inputs));
        }
        HypecheckException unwritten = null;
        for (int i = 0; i < outputs.size(); i++) {
            FormatSpec output = outputs.get(i);
            String text = renderers.get(i).render(result.report());
            if (output.file().isPresent()) {
                try {
                    AtomicFile.write(output.file().get(), text);
                } catch (HypecheckException e) {
                    err.println("error: " + e.getMessage());
                    unwritten = unwritten == null ? e : unwritten;
                }
            } else {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            }
        }
        if (unwritten != null) {
            return unwritten.exitCode().code();
        }
        if (!result.report().errors().isEmpty()) {
            return ExitCode.INVALID_INPUT.code();
        }
        List<String> failures = failures(result.report(), fail);
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

    private static List<String> failures(Report report, FailCondition fail) {
        List<String> out = new ArrayList<>();
        for (ProjectScore p : report.projects()) {
            FailReasons.of(fail, p, report.comparison()).forEach(reason -> out.add(p.project().file() + ": " + reason));
        }
        return out;
    }

    private static Renderer renderer(String format, RenderOptions options) {
        try {
            return Renderers.forName(format, options);
        } catch (HypecheckException e) {
            throw HypecheckException.config("--format: " + e.getMessage());
        }
    }
}
