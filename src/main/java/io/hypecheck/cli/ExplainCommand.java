package io.hypecheck.cli;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.report.ExplainRenderer;
import io.hypecheck.report.JsonRenderer;
import io.hypecheck.run.Engine;
import io.hypecheck.run.Runner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hypecheck explain PATH}: every finding of a project, with evidence and the article point;
 * on a folder, every project in it, in rank order. Project text is neutralised for the terminal.
 */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.INVALID, ExitCodes.INTERNAL},
        name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Explain a project's score: every rule that fired, on what evidence, and which point of the article it encodes.",
            "On a folder, every project in it is explained, in rank order (--json needs one file)."})
public final class ExplainCommand implements Callable<Integer>, ConfigScope {

    @Spec
    CommandSpec spec;

    @ParentCommand
    HypecheckCommand parent;

    @Parameters(paramLabel = "PATH", description = "A project file, a folder of them, or - for standard input.")
    String file;

    @Option(names = "--json", description = "Print the project's entry of the JSON report instead.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Override
    public List<String> configPaths() {
        return List.of(file);
    }

    @Override
    public Integer call() {
        io.hypecheck.config.Config config = engine.config(configPaths());
        Runner.Result result = Runner.run(Engine.load(engine.settings(config)), Version.current(), List.of(file),
                parent.stdin(), config.exemptions(), java.util.Optional.empty());
        PrintWriter err = spec.commandLine().getErr();
        Messages.print(err, result.warnings(), parent.level());
        Messages.print(err, result.report().errors());
        if (result.report().projects().isEmpty()) {
            return ExitCode.INVALID_INPUT.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        List<io.hypecheck.score.ProjectScore> scores = result.report().projects();
        if (json && scores.size() > 1) {
            throw io.hypecheck.diagnostic.HypecheckException.config("explain --json needs one project file, and " + file
                    + " holds " + scores.size() + "; use 'hypecheck score " + file + " -f json' for all of them");
        }
        for (int i = 0; i < scores.size(); i++) {
            out.print(i == 0 ? "" : "\n");
            out.print(json ? new JsonRenderer().renderProject(scores.get(i))
                    : io.hypecheck.report.SafeText.lines(ExplainRenderer.render(scores.get(i))));
        }
        out.flush();
        return result.report().errors().isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
    }
}
