package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Outcome;
import io.hypecheck.engine.Compiler;
import io.hypecheck.engine.RuleTypeRegistry;
import io.hypecheck.project.ProjectLoader;
import io.hypecheck.project.SafeYaml;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Compiles conditions from rubric YAML and evaluates them on projects from YAML, as rubrics do. */
final class RuleFixture {

    private static final Compiler COMPILER = new Compiler(RuleTypeRegistry.builtIns());

    private RuleFixture() {
    }

    /** A condition written as in a rubric, e.g. {@code "{tag: zk-ai}"}. */
    static Condition condition(String yaml) {
        return COMPILER.compile(SafeYaml.read("rule.yaml", yaml.getBytes(StandardCharsets.UTF_8)).node());
    }

    /** The facts of a project file's text. */
    static Facts facts(String yaml) {
        return ProjectLoader.load("p.yaml", yaml.getBytes(StandardCharsets.UTF_8)).project().orElseThrow()
                .facts(LocalDate.of(2026, 11, 24));
    }

    /** Evaluates a condition on a project. */
    static Outcome evaluate(String condition, String project) {
        return condition(condition).evaluate(facts(project));
    }
}
