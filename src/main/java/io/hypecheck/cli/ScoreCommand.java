package io.hypecheck.cli;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.report.JsonRenderer;
import io.hypecheck.report.Renderer;
import io.hypecheck.report.TableRenderer;
import io.hypecheck.run.Engine;
import io.hypecheck.run.Runner;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hypecheck score}: the ranked report. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score project files and print a ranked report.")
public final class ScoreCommand implements Callable<Integer> {

    /** The formats of {@code --format}. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    HypecheckCommand parent;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Project files, folders (searched for *.yaml and *.yml) or - for standard input. Default: .")
    List<String> paths = new ArrayList<>(List.of("."));

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Option(names = "--fail-on", paramLabel = "VERDICT",
            description = "Exit 1 when a project's verdict is this or worse: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

    @Option(names = "--min-score", paramLabel = "N", description = "Exit 1 when a project scores below N (0-100).")
    Integer minScore;

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the table: auto (on a terminal), always, never.")
    String color = "auto";

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw io.hypecheck.diagnostic.HypecheckException.config("--min-score: expected 0 to 100, got " + minScore);
        }
        Engine loaded = Engine.load(engine.settings());
        Runner.Result result = Runner.run(loaded, Version.current(), paths, parent.stdin());
        PrintWriter err = spec.commandLine().getErr();
        Messages.print(err, result.warnings());
        Messages.print(err, result.report().errors());
        Renderer renderer = format == Format.json ? new JsonRenderer() : new TableRenderer(Messages.color(color, parent.terminal()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(renderer.render(result.report()));
        out.flush();
        if (!result.report().errors().isEmpty()) {
            return ExitCode.INVALID_INPUT.code();
        }
        List<String> failures = failures(result.report().projects());
        failures.forEach(f -> err.println("fail: " + f));
        return failures.isEmpty() ? ExitCode.OK.code() : ExitCode.FAIL_CONDITION.code();
    }

    private List<String> failures(List<ProjectScore> projects) {
        List<String> out = new ArrayList<>();
        for (ProjectScore p : projects) {
            boolean badVerdict = failOn != null && (p.verdict() == Verdict.HYPE
                    || (failOn == FailOn.mixed && p.verdict() == Verdict.MIXED));
            if (badVerdict) {
                out.add(p.project().file() + ": verdict " + p.verdict().id() + " (--fail-on " + failOn + ")");
            }
            if (minScore != null && p.score() < minScore) {
                out.add(p.project().file() + ": score " + p.score() + " is below --min-score " + minScore);
            }
        }
        return out;
    }
}
