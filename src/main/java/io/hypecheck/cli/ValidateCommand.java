package io.hypecheck.cli;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.project.LoadResult;
import io.hypecheck.run.Inputs;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hypecheck validate}: check project files against the format without scoring them. */
@Command(exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {"0:every file is valid", ExitCodes.USAGE, "3:some files are invalid", ExitCodes.INTERNAL},
        name = "validate", mixinStandardHelpOptions = true,
        description = "Check project files against the format (SPEC §1) without scoring them. "
                + "Problems go to stderr as file:line:column: message; stdout gets one line per file.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    HypecheckCommand parent;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Project files, folders (searched for *.yaml and *.yml) or - for standard input. Default: .")
    List<String> paths = new ArrayList<>(List.of("."));

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files under folders that match this .gitignore-style pattern (repeatable): drafts/, **/drafts, *-draft.yaml.")
    List<String> excludes = new ArrayList<>();

    @Override
    public Integer call() {
        for (String glob : excludes) {
            io.hypecheck.config.Globs.problem(glob).ifPresent(problem -> {
                throw io.hypecheck.diagnostic.HypecheckException.config("--exclude: " + problem);
            });
        }
        List<LoadResult> results = Inputs.load(paths, excludes, parent.stdin());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (LoadResult result : results) {
            Messages.print(err, result.diagnostics(), parent.level());
            String status = result.project().isPresent() ? "ok" : "invalid";
            if (result.project().isEmpty()) {
                invalid++;
            }
            int warnings = result.warnings().size();
            out.println(result.file() + ": " + status + (warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)")));
        }
        out.println(results.size() + (results.size() == 1 ? " file, " : " files, ") + invalid + " invalid");
        out.flush();
        return invalid == 0 ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
    }
}
