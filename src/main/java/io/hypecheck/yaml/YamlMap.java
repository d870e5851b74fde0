package io.hypecheck.yaml;

import io.hypecheck.diagnostic.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A YAML mapping of a rubric with a closed set of keys; every problem is a {@link YamlProblem}. */
public final class YamlMap {

    private final YamlNode node;
    private final Map<String, YamlNode> values = new LinkedHashMap<>();

    public YamlMap(YamlNode node, String what, Set<String> keys) {
        this.node = node;
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw new YamlProblem(node, what + " must be a mapping");
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!(entry.key() instanceof YamlNode.Scalar key)) {
                throw new YamlProblem(entry.key(), what + ": keys must be plain names, not " + entry.key().kindName());
            }
            if (!keys.contains(key.value())) {
                throw new YamlProblem(key, what + ": unknown key '" + key.value() + "'"
                        + DidYouMean.hint(key.value(), keys));
            }
            if (values.put(key.value(), entry.value()) != null) {
                throw new YamlProblem(key, what + ": duplicate key '" + key.value() + "'");
            }
        }
    }

    public YamlNode node() {
        return node;
    }

    public Optional<YamlNode> optional(String key) {
        YamlNode value = values.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public YamlNode required(String key) {
        return optional(key).orElseThrow(() -> new YamlProblem(node, "missing '" + key + "'"));
    }

    public String text(String key) {
        return scalar(key, required(key));
    }

    public Optional<String> optionalText(String key) {
        return optional(key).map(value -> scalar(key, value));
    }

    public List<YamlNode> list(String key) {
        Optional<YamlNode> value = optional(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof YamlNode.Sequence sequence)) {
            throw new YamlProblem(value.get(), "'" + key + "' must be a list");
        }
        return new ArrayList<>(sequence.items());
    }

    public List<String> texts(String key) {
        return list(key).stream().map(item -> scalar(key, item)).toList();
    }

    public static String scalar(String key, YamlNode value) {
        if (!(value instanceof YamlNode.Scalar scalar) || scalar.value().isBlank()) {
            throw new YamlProblem(value, "'" + key + "' must be a non-empty string");
        }
        return scalar.value().strip();
    }
}
