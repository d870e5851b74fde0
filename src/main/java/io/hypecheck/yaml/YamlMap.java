package io.hypecheck.yaml;

import io.hypecheck.diagnostic.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A YAML mapping of a rubric with a closed set of keys; every problem is a {@link YamlProblem}. */
public final class YamlMap {

    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();

    public YamlMap(Node node, String what, Set<String> keys) {
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw new YamlProblem(node, what + " must be a mapping");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlProblem(tuple.getKeyNode(), what + ": keys must be plain names");
            }
            if (!keys.contains(key.getValue())) {
                throw new YamlProblem(key, what + ": unknown key '" + key.getValue() + "'"
                        + DidYouMean.hint(key.getValue(), keys));
            }
            if (values.put(key.getValue(), tuple.getValueNode()) != null) {
                throw new YamlProblem(key, what + ": duplicate key '" + key.getValue() + "'");
            }
        }
    }

    public Node node() {
        return node;
    }

    public Optional<Node> optional(String key) {
        Node value = values.get(key);
        return value == null || (value instanceof ScalarNode && Tag.NULL.equals(value.getTag()))
                ? Optional.empty() : Optional.of(value);
    }

    public Node required(String key) {
        return optional(key).orElseThrow(() -> new YamlProblem(node, "missing '" + key + "'"));
    }

    public String text(String key) {
        return scalar(key, required(key));
    }

    public Optional<String> optionalText(String key) {
        return optional(key).map(value -> scalar(key, value));
    }

    public List<Node> list(String key) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            throw new YamlProblem(value.get(), "'" + key + "' must be a list");
        }
        return new ArrayList<>(sequence.getValue());
    }

    public List<String> texts(String key) {
        return list(key).stream().map(item -> scalar(key, item)).toList();
    }

    public static String scalar(String key, Node value) {
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw new YamlProblem(value, "'" + key + "' must be a non-empty string");
        }
        return scalar.getValue().strip();
    }
}
