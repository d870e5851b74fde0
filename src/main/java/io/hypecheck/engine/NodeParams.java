package io.hypecheck.engine;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.diagnostic.DidYouMean;
import io.hypecheck.project.AmountParser;
import io.hypecheck.yaml.YamlNode;
import io.hypecheck.yaml.YamlProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link Params} read from a rubric's YAML nodes; every problem is reported at its node. */
final class NodeParams implements Params {

    private final String type;
    private final YamlNode owner;
    private final Map<String, YamlNode> values;
    private final Compiler compiler;

    private NodeParams(String type, YamlNode owner, Map<String, YamlNode> values, Compiler compiler) {
        this.type = type;
        this.owner = owner;
        this.values = values;
        this.compiler = compiler;
    }

    /** Reads the parameters of one condition, rejecting names the type does not accept. */
    static NodeParams of(RuleType type, YamlNode node, Compiler compiler) {
        Map<String, YamlNode> values = new LinkedHashMap<>();
        if (node instanceof YamlNode.Mapping mapping && !type.shorthand().map(s -> isCondition(mapping, type, compiler)).orElse(false)) {
            for (YamlNode.Entry tuple : mapping.entries()) {
                if (!(tuple.key() instanceof YamlNode.Scalar key)) {
                    throw new YamlProblem(tuple.key(), type.name() + ": a parameter name must be a plain word, not "
                            + tuple.key().kindName());
                }
                String name = key.value();
                if (!type.parameters().contains(name)) {
                    throw new YamlProblem(tuple.key(), type.name() + ": unknown parameter '" + name + "'"
                            + DidYouMean.hint(name, type.parameters()) + "; it takes " + String.join(", ",
                            type.parameters().stream().sorted().toList()));
                }
                if (values.put(name, tuple.value()) != null) {
                    throw new YamlProblem(tuple.key(), type.name() + ": parameter '" + name + "' given twice");
                }
            }
        } else {
            String shorthand = type.shorthand().orElseThrow(() -> new YamlProblem(node,
                    type.name() + ": expected a mapping of parameters (" + String.join(", ",
                            type.parameters().stream().sorted().toList()) + ")"));
            values.put(shorthand, node);
        }
        return new NodeParams(type.name(), node, values, compiler);
    }

    /**
     * Whether a mapping given to a type with a shorthand is itself a condition, as in
     * {@code not: {tag: zk-ai}}: its one key is a rule type, not a parameter of this type.
     */
    private static boolean isCondition(YamlNode.Mapping mapping, RuleType type, Compiler compiler) {
        return mapping.entries().size() == 1 && mapping.entries().get(0).key() instanceof YamlNode.Scalar key
                && !type.parameters().contains(key.value()) && compiler.knows(key.value());
    }

    @Override
    public boolean has(String name) {
        YamlNode node = values.get(name);
        return node != null && !node.isNull();
    }

    @Override
    public String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    @Override
    public Optional<String> optionalString(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        return Optional.of(scalar(name, values.get(name), "a string").value());
    }

    @Override
    public List<String> strings(String name) {
        return optionalStrings(name).orElseThrow(() -> missing(name));
    }

    @Override
    public Optional<List<String>> optionalStrings(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        YamlNode node = values.get(name);
        if (node instanceof YamlNode.Sequence sequence) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                out.add(scalar(name, item, "a list of strings").value());
            }
            return Optional.of(List.copyOf(out));
        }
        return Optional.of(List.of(scalar(name, node, "a string or a list of strings").value()));
    }

    @Override
    public Optional<BigDecimal> number(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        YamlNode.Scalar node = scalar(name, values.get(name), "a number");
        String text = node.value().replace("_", "").strip();
        if (text.matches("-\\d+(\\.\\d+)?")) {
            return Optional.of(new BigDecimal(text)); // a negative bound, such as a change in percent
        }
        BigDecimal number = AmountParser.parse(text)
                .orElseThrow(() -> new YamlProblem(node, type + ": " + name + ": expected a number, got " + node.value()));
        AmountParser.rangeProblem(number).ifPresent(problem -> {
            throw new YamlProblem(node, type + ": " + name + ": " + problem);
        });
        return Optional.of(number);
    }

    @Override
    public Optional<Boolean> bool(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        YamlNode.Scalar node = scalar(name, values.get(name), "true or false");
        return switch (node.value().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new YamlProblem(node, type + ": " + name + ": expected true or false, got " + node.value());
        };
    }

    @Override
    public String field(String name) {
        return compiler.checkField(values.getOrDefault(name, owner), string(name));
    }

    @Override
    public String numberField(String name) {
        String path = field(name);
        io.hypecheck.project.Kind kind = compiler.kindOf(path);
        if (kind != io.hypecheck.project.Kind.INT && kind != io.hypecheck.project.Kind.NUMBER
                && kind != io.hypecheck.project.Kind.AMOUNT) {
            throw new YamlProblem(values.getOrDefault(name, owner), type + ": " + name + ": '" + path
                    + "' is not a number field (it holds " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " values)");
        }
        return path;
    }

    @Override
    public Optional<List<String>> fields(String name) {
        return optionalStrings(name).map(paths -> paths.stream()
                .map(path -> compiler.checkField(values.get(name), path)).toList());
    }

    @Override
    public Condition condition(String name) {
        if (!has(name)) {
            throw missing(name);
        }
        return compiler.compile(values.get(name));
    }

    @Override
    public Condition conditionWithin(String name, String listPath) {
        if (!has(name)) {
            throw missing(name);
        }
        return compiler.within(listPath).compile(values.get(name));
    }

    @Override
    public List<Condition> conditions(String name) {
        if (!has(name)) {
            throw missing(name);
        }
        YamlNode node = values.get(name);
        if (!(node instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
            throw new YamlProblem(node, type + ": " + name + ": expected a non-empty list of conditions");
        }
        return sequence.items().stream().map(compiler::compile).toList();
    }

    private YamlNode.Scalar scalar(String name, YamlNode node, String expected) {
        if (!(node instanceof YamlNode.Scalar scalar) || node.isNull()) {
            throw new YamlProblem(node, type + ": " + name + ": expected " + expected);
        }
        return scalar;
    }

    private YamlProblem missing(String name) {
        return new YamlProblem(owner, type + ": missing parameter '" + name + "'");
    }
}
