package io.hypecheck.rubric;

import io.hypecheck.yaml.YamlNode;
import io.hypecheck.yaml.YamlProblem;
import io.hypecheck.api.Condition;

/** Compiles the YAML of a condition ({@code {range: {field: ..., min: 50}}}) into a {@link Condition}. */
@FunctionalInterface
public interface ConditionCompiler {

    /**
     * Compiles one condition node.
     *
     * @throws YamlProblem when the condition names an unknown type or has bad parameters
     */
    Condition compile(YamlNode node);
}
