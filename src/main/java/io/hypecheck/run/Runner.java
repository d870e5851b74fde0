package io.hypecheck.run;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.project.LoadResult;
import io.hypecheck.report.Report;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Ranking;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Scores the given inputs into a ranked report. */
public final class Runner {

    private Runner() {
    }

    /**
     * The outcome of a run.
     *
     * @param report   the ranked report, with the errors of invalid files
     * @param warnings warnings about files that were scored all the same
     */
    public record Result(Report report, List<Diagnostic> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** Loads, evaluates, scores and ranks. */
    public static Result run(Engine engine, String version, List<String> paths, InputStream stdin) {
        List<ProjectScore> scores = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (LoadResult loaded : Inputs.load(paths, engine.settings().excludes(), stdin)) {
            errors.addAll(loaded.errors());
            warnings.addAll(loaded.warnings());
            loaded.project().ifPresent(project -> scores.add(engine.score(project)));
        }
        return new Result(new Report(version, Ranking.rank(scores), errors), warnings);
    }
}
