package io.hypecheck.engine;

import io.hypecheck.api.Condition;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.RuleType;
import io.hypecheck.diagnostic.DidYouMean;
import io.hypecheck.rubric.ConditionCompiler;
import io.hypecheck.yaml.YamlNode;
import io.hypecheck.yaml.YamlProblem;
import java.util.Objects;

/**
 * Compiles condition nodes by looking their type up in the registry: {@code {TYPE: PARAMS}},
 * where PARAMS is a mapping of named parameters or a value for the type's shorthand parameter.
 */
public final class Compiler implements ConditionCompiler {

    private final RuleTypeRegistry registry;
    private final String scope;

    /** A compiler for top-level conditions, whose field paths start at the project. */
    public Compiler(RuleTypeRegistry registry) {
        this(registry, "");
    }

    Compiler(RuleTypeRegistry registry, String scope) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.scope = scope;
    }

    /** A compiler for conditions inside each element of the list at {@code listPath}. */
    Compiler within(String listPath) {
        return new Compiler(registry, scope + listPath + "[].");
    }


    @Override
    public Condition compile(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
            throw new YamlProblem(node, "a condition is a mapping with one rule type, such as {tag: zk-ai}; types: "
                    + String.join(", ", registry.names()));
        }
        YamlNode.Entry tuple = mapping.entries().get(0);
        if (!(tuple.key() instanceof YamlNode.Scalar key)) {
            throw new YamlProblem(tuple.key(), "a rule type name must be a plain word, not " + tuple.key().kindName());
        }
        RegisteredType type = registry.find(key.value()).orElseThrow(() -> new YamlProblem(key,
                "unknown rule type '" + key.value() + "'" + registry.hint(key.value())));
        NodeParams params = NodeParams.of(type.type(), tuple.value(), this);
        RuleType ruleType = type.type();
        Condition condition;
        try {
            condition = PluginCalls.call(type, registry.timeout(), "compiling", () -> ruleType.compile(params));
        } catch (RuleTypeFailure e) {
            if (e.getCause() instanceof InvalidRuleException invalid) {
                throw new YamlProblem(tuple.value(), ruleType.name() + ": " + invalid.getMessage());
            }
            if (e.getCause() instanceof YamlProblem problem) {
                throw problem;
            }
            if (e.getCause() instanceof RuntimeException cause && e.typeName().equals(ruleType.name())) {
                throw new YamlProblem(tuple.value(), ruleType.name() + " (" + type.origin() + ") failed to compile: " + cause);
            }
            throw e;
        }
        if (condition == null) {
            throw new YamlProblem(tuple.value(), ruleType.name() + " (" + type.origin() + ") compiled to nothing");
        }
        return new GuardedCondition(type, condition, registry.timeout());
    }

    /** Whether a rule type of this name is registered. */
    boolean knows(String typeName) {
        return registry.find(typeName).isPresent();
    }

    /** Checks a field path against the project format, in this compiler's scope. */
    /** The kind of value at a field path that {@link #checkField} accepted (the element's kind for a list). */
    io.hypecheck.project.Kind kindOf(String path) {
        io.hypecheck.project.Field field = io.hypecheck.project.ProjectFormat.field(scope + path).orElseThrow();
        return field.kind() == io.hypecheck.project.Kind.LIST ? field.element().kind() : field.kind();
    }

    String checkField(YamlNode node, String path) {
        String absolute = scope + path;
        if (io.hypecheck.project.ProjectFormat.field(absolute).isEmpty()) {
            java.util.List<String> candidates = io.hypecheck.project.ProjectFormat.paths().stream()
                    .filter(p -> p.startsWith(scope)).map(p -> p.substring(scope.length())).toList();
            throw new YamlProblem(node, "unknown field '" + path + "'" + DidYouMean.hint(path, candidates));
        }
        return path;
    }
}
