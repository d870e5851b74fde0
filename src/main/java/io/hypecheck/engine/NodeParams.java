package io.hypecheck.engine;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import io.hypecheck.diagnostic.DidYouMean;
import io.hypecheck.project.AmountParser;
import io.hypecheck.yaml.YamlProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** {@link Params} read from a rubric's YAML nodes; every problem is reported at its node. */
final class NodeParams implements Params {

    private final String type;
    private final Node owner;
    private final Map<String, Node> values;
    private final Compiler compiler;

    private NodeParams(String type, Node owner, Map<String, Node> values, Compiler compiler) {
        this.type = type;
        this.owner = owner;
        this.values = values;
        this.compiler = compiler;
    }

    /** Reads the parameters of one condition, rejecting names the type does not accept. */
    static NodeParams of(RuleType type, Node node, Compiler compiler) {
        Map<String, Node> values = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping && !type.shorthand().map(s -> isCondition(mapping, type, compiler)).orElse(false)) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (!type.parameters().contains(name)) {
                    throw new YamlProblem(tuple.getKeyNode(), type.name() + ": unknown parameter '" + name + "'"
                            + DidYouMean.hint(name, type.parameters()) + "; it takes " + String.join(", ",
                            type.parameters().stream().sorted().toList()));
                }
                if (values.put(name, tuple.getValueNode()) != null) {
                    throw new YamlProblem(tuple.getKeyNode(), type.name() + ": parameter '" + name + "' given twice");
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
    private static boolean isCondition(MappingNode mapping, RuleType type, Compiler compiler) {
        return mapping.getValue().size() == 1 && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key
                && !type.parameters().contains(key.getValue()) && compiler.knows(key.getValue());
    }

    @Override
    public boolean has(String name) {
        Node node = values.get(name);
        return node != null && !(node instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
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
        return Optional.of(scalar(name, values.get(name), "a string").getValue());
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
        Node node = values.get(name);
        if (node instanceof SequenceNode sequence) {
            List<String> out = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                out.add(scalar(name, item, "a list of strings").getValue());
            }
            return Optional.of(List.copyOf(out));
        }
        return Optional.of(List.of(scalar(name, node, "a string or a list of strings").getValue()));
    }

    @Override
    public Optional<BigDecimal> number(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        ScalarNode node = scalar(name, values.get(name), "a number");
        String text = node.getValue().replace("_", "").strip();
        if (text.matches("-\\d+(\\.\\d+)?")) {
            return Optional.of(new BigDecimal(text)); // a negative bound, such as a change in percent
        }
        return Optional.of(AmountParser.parse(text)
                .orElseThrow(() -> new YamlProblem(node, type + ": " + name + ": expected a number, got " + node.getValue())));
    }

    @Override
    public Optional<Boolean> bool(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        ScalarNode node = scalar(name, values.get(name), "true or false");
        return switch (node.getValue().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new YamlProblem(node, type + ": " + name + ": expected true or false, got " + node.getValue());
        };
    }

    @Override
    public String field(String name) {
        return compiler.checkField(values.getOrDefault(name, owner), string(name));
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
        Node node = values.get(name);
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new YamlProblem(node, type + ": " + name + ": expected a non-empty list of conditions");
        }
        return sequence.getValue().stream().map(compiler::compile).toList();
    }

    private ScalarNode scalar(String name, Node node, String expected) {
        if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(node.getTag())) {
            throw new YamlProblem(node, type + ": " + name + ": expected " + expected);
        }
        return scalar;
    }

    private YamlProblem missing(String name) {
        return new YamlProblem(owner, type + ": missing parameter '" + name + "'");
    }
}
