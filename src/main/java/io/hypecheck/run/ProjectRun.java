package io.hypecheck.run;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.project.LoadResult;
import io.hypecheck.project.Project;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.Rule;
import io.hypecheck.score.Exemption;
import io.hypecheck.score.Exemptions;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.spill.Spill;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One file through the pipeline, on any thread: load, evaluate, set aside exempted results, score
 * once. What it keeps is compact: the score with the project's summary, not the loaded file.
 */
final class ProjectRun {

    /**
     * What one file gave.
     *
     * @param errors   why it could not be scored, if it could not
     * @param warnings about the file and its exemptions
     * @param score    its compact score, when it was valid (only its summary, when it was spilled)
     * @param kept       where its full score was spilled, if it was
     */
    record Outcome(List<Diagnostic> errors, List<Diagnostic> warnings, Optional<ProjectScore> score,
                   Optional<Spill.Kept> kept) {
    }

    private final Engine engine;
    private final List<Exemption> configExemptions;
    private final Set<String> ruleIds;

    ProjectRun(Engine engine, List<Exemption> configExemptions) {
        this.engine = engine;
        this.configExemptions = List.copyOf(configExemptions);
        this.ruleIds = ruleIds(engine.rubrics());
    }

    /** Runs one file; with a spill (not null), its full score is written there and only its summary kept. */
    Outcome run(Inputs.Source source, Spill spill) {
        LoadResult loaded = source.load();
        if (loaded.project().isEmpty()) {
            return new Outcome(loaded.errors(), loaded.warnings(), Optional.empty(), Optional.empty());
        }
        Project project = loaded.project().get();
        List<Exemption> exemptions = new ArrayList<>(Exemptions.of(project));
        configExemptions.stream().filter(e -> e.project().equals(Optional.of(project.id()))).forEach(exemptions::add);
        io.hypecheck.engine.Evaluation evaluation = engine.evaluate(project);
        Exemptions.Applied applied = Exemptions.apply(evaluation, exemptions, ruleIds, engine.settings().today());
        List<Diagnostic> warnings = new ArrayList<>(loaded.warnings());
        warnings.addAll(evaluation.warnings());
        Runner.futureAsOf(project, engine.settings().today()).ifPresent(warnings::add);
        warnings.addAll(applied.warnings());
        ProjectScore score = applied.score(engine.scorer()).compact();
        if (spill == null) {
            return new Outcome(loaded.errors(), warnings, Optional.of(score), Optional.empty());
        }
        Spill.Kept kept = spill.keep(score);
        return new Outcome(loaded.errors(), warnings, Optional.of(kept.summary()), Optional.of(kept));
    }

    private static Set<String> ruleIds(List<Rubric> rubrics) {
        Set<String> ids = new TreeSet<>();
        rubrics.forEach(r -> r.rules().stream().map(Rule::id).forEach(ids::add));
        return ids;
    }
}
