package io.hypecheck.cli;

import io.hypecheck.diagnostic.DidYouMean;
import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.engine.SelfTestResult;
import io.hypecheck.engine.SelfTests;
import io.hypecheck.report.RubricJson;
import io.hypecheck.report.RubricRenderer;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.run.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hypecheck rubrics}: list, show and test rubrics, and list rule types. */
@Command(name = "rubrics", mixinStandardHelpOptions = true,
        description = "List, show and test the rubrics, and list the rule types they can use.")
public final class RubricsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    private int print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rubrics in use.")
    int list(@Option(names = {"-f", "--format"}, paramLabel = "FMT", description = "text (default) or json.") String format,
             @Mixin EngineOptions engine) {
        boolean json = json(format);
        List<Rubric> rubrics = Engine.load(engine.settings(engine.config())).rubrics();
        return print(json ? RubricJson.list(rubrics) : RubricRenderer.list(rubrics));
    }

    /** Whether {@code -f} asks for JSON: {@code text} (or none) and {@code json} are the formats. */
    private static boolean json(String format) {
        if (format == null || format.equals("text")) {
            return false;
        }
        if (format.equals("json")) {
            return true;
        }
        throw HypecheckException.config("--format: expected text or json, got '" + format + "'");
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one rubric: its article section, and every rule with its condition, points and why.")
    int show(@Parameters(paramLabel = "ID", description = "The rubric id, such as zk-ai.") String id,
             @Mixin EngineOptions engine) {
        List<Rubric> rubrics = Engine.load(engine.settings(engine.config())).rubrics();
        Rubric rubric = rubrics.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> HypecheckException.config("no rubric '" + id + "'"
                        + DidYouMean.hint(id, rubrics.stream().map(Rubric::id).toList())));
        return print(RubricRenderer.show(rubric));
    }

    @Command(name = "types", mixinStandardHelpOptions = true, description = "List the rule types rubrics can use.")
    int types(@Option(names = {"-f", "--format"}, paramLabel = "FMT", description = "text (default) or json.") String format,
              @Mixin EngineOptions engine) {
        boolean json = json(format);
        var types = Engine.types(engine.settings(engine.config())).all();
        return print(json ? RubricJson.types(types) : RubricRenderer.types(types));
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run the test cases rubrics carry; exit 1 when one fails.",
                "With PATHs, test only those rubric files (or folders); without, the rubrics in use."})
    int test(@Parameters(paramLabel = "PATH", arity = "0..*", description = "Rubric files or folders to test.")
             List<Path> paths, @Mixin EngineOptions engine) {
        if (paths != null && !paths.isEmpty()) {
            engine.rubrics = new ArrayList<>(engine.rubrics);
            engine.rubrics.addAll(paths);
            engine.noDefaultRubrics = true;
        }
        Engine loaded = Engine.load(engine.settings(engine.config()));
        List<SelfTestResult> results = SelfTests.run(loaded.rubrics(), loaded.settings().today());
        print(RubricRenderer.tests(results));
        return results.stream().allMatch(SelfTestResult::passed) ? ExitCode.OK.code() : ExitCode.FAIL_CONDITION.code();
    }
}
