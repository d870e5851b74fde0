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

/** {@code hypecheck explain FILE}: every finding of one project, with evidence and the article point. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK, ExitCodes.USAGE, ExitCodes.INVALID, ExitCodes.INTERNAL},
        name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explain one project's score: every rule that fired, on what evidence, and which point of the article it encodes.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    HypecheckCommand parent;

    @Parameters(paramLabel = "FILE", description = "A project file, or - for standard input.")
    String file;

    @Option(names = "--json", description = "Print the project's entry of the JSON report instead.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        io.hypecheck.config.Config config = engine.config();
        Runner.Result result = Runner.run(Engine.load(engine.settings(config)), Version.current(), List.of(file),
                parent.stdin(), config.exemptions(), java.util.Optional.empty());
        PrintWriter err = spec.commandLine().getErr();
        Messages.print(err, result.warnings());
        Messages.print(err, result.report().errors());
        if (result.report().projects().isEmpty()) {
            return ExitCode.INVALID_INPUT.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        var score = result.report().projects().get(0);
        out.print(json ? new JsonRenderer().renderProject(score) : ExplainRenderer.render(score));
        out.flush();
        return result.report().errors().isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
    }
}
