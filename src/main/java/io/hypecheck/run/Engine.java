package io.hypecheck.run;

import io.hypecheck.engine.Compiler;
import io.hypecheck.engine.Evaluation;
import io.hypecheck.engine.Evaluator;
import io.hypecheck.engine.RuleTypeRegistry;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.RubricLoader;
import io.hypecheck.rubric.RubricSet;
import io.hypecheck.score.Scorer;
import io.hypecheck.project.Project;
import java.util.List;

/**
 * The configured engine of one run: rule types, rubrics, evaluator and scorer. Building it is
 * where configuration errors (bad plugin, bad rubric) surface, before any project is read.
 *
 * @param registry the rule types
 * @param rubrics  the rubrics
 * @param settings what the run was set up with
 */
public record Engine(RuleTypeRegistry registry, List<Rubric> rubrics, Settings settings) {

    public Engine {
        rubrics = List.copyOf(rubrics);
    }

    /** Loads plugins and rubrics as the settings say. */
    public static Engine load(Settings settings) {
        RuleTypeRegistry registry = RuleTypeRegistry.load(settings.plugins(), settings.pluginTimeout());
        RubricLoader loader = new RubricLoader(new Compiler(registry));
        return new Engine(registry, RubricSet.load(loader, settings.defaultRubrics(), settings.rubricPaths()), settings);
    }

    /** The scorer of this run. */
    public Scorer scorer() {
        return new Scorer(settings.today());
    }

    /** Evaluates one project against the rubrics. */
    public Evaluation evaluate(Project project) {
        return new Evaluator(rubrics, settings.today()).evaluate(project);
    }

    /** The rule types alone (built-in and the settings' plugins), for commands that need no rubric. */
    public static RuleTypeRegistry types(Settings settings) {
        return RuleTypeRegistry.load(settings.plugins());
    }
}
