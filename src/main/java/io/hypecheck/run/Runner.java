package io.hypecheck.run;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.project.LoadResult;
import io.hypecheck.project.Project;
import io.hypecheck.report.Comparison;
import io.hypecheck.report.Report;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Rule;
import io.hypecheck.score.Exemption;
import io.hypecheck.score.Exemptions;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Ranking;
import io.hypecheck.score.Scorer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Scores the given inputs into a ranked report: load, evaluate, score, apply exemptions, rank, compare. */
public final class Runner {

    private Runner() {
    }

    /**
     * The outcome of a run.
     *
     * @param report   the ranked report, with the errors of invalid files
     * @param warnings warnings about files that were scored all the same, and about exemptions
     */
    public record Result(Report report, List<Diagnostic> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** Loads, evaluates and ranks, without exemptions from a config file or a baseline. */
    public static Result run(Engine engine, String version, List<String> paths, InputStream stdin) {
        return run(engine, version, paths, stdin, List.of(), Optional.empty());
    }

    /**
     * Loads, evaluates, applies exemptions (the project file's and the config's), ranks and
     * compares with the baseline.
     */
    public static Result run(Engine engine, String version, List<String> paths, InputStream stdin,
                             List<Exemption> configExemptions, Optional<Comparison> baseline) {
        List<ProjectScore> scores = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        Set<String> ruleIds = ruleIds(engine.rubrics());
        Scorer scorer = engine.scorer();
        Set<Exemption> usedConfig = new java.util.HashSet<>();
        for (LoadResult loaded : Inputs.load(paths, engine.settings().excludes(), stdin)) {
            errors.addAll(loaded.errors());
            warnings.addAll(loaded.warnings());
            if (loaded.project().isEmpty()) {
                continue;
            }
            Project project = loaded.project().get();
            futureAsOf(project, engine.settings().today()).ifPresent(warnings::add);
            List<Exemption> exemptions = new ArrayList<>(Exemptions.of(project));
            configExemptions.stream().filter(e -> e.project().equals(Optional.of(project.id()))).forEach(e -> {
                exemptions.add(e);
                usedConfig.add(e);
            });
            Exemptions.Applied applied = Exemptions.apply(engine.score(project), exemptions, ruleIds,
                    engine.settings().today(), scorer);
            warnings.addAll(applied.warnings());
            scores.add(applied.score());
        }
        configExemptions.stream().filter(e -> !usedConfig.contains(e)).forEach(e -> warnings.add(Diagnostic.warning(
                e.file(), e.line(), e.column(), "unused exemption: no project with id '" + e.project().orElse("") + "' was scored")));
        warnings.sort(Diagnostic.ORDER);
        return new Result(new Report(version, Ranking.rank(scores), errors, baseline), warnings);
    }

    /** A warning when the facts are dated after today: a typo, or a file from the future. */
    static Optional<Diagnostic> futureAsOf(Project project, java.time.LocalDate today) {
        return project.fields().scalar("as_of")
                .filter(s -> s.value() instanceof java.time.LocalDate date && date.isAfter(today))
                .map(s -> Diagnostic.warning(project.file(), s.location().line(), s.location().column(),
                        "as_of: " + s.text() + " is after today (" + today + "); is the date right?"));
    }

    private static Set<String> ruleIds(List<Rubric> rubrics) {
        Set<String> ids = new TreeSet<>();
        rubrics.forEach(r -> r.rules().stream().map(Rule::id).forEach(ids::add));
        return ids;
    }
}
