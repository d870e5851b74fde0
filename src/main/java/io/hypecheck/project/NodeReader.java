package io.hypecheck.project;

import io.hypecheck.api.Location;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.DidYouMean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.hypecheck.yaml.SafeYaml;
import io.hypecheck.yaml.SourceText;
import io.hypecheck.yaml.YamlNode;

/**
 * Reads a composed YAML node tree against the project format: converts each value to its
 * field's kind and reports wrong types, unknown fields, duplicate keys and disallowed tags.
 */
final class NodeReader {

    private static final Set<String> PLAIN_TAGS = Set.of(YamlNode.STR, YamlNode.INT, YamlNode.FLOAT, YamlNode.BOOL,
            YamlNode.NULL, YamlNode.MAP, YamlNode.SEQ, YamlNode.TIMESTAMP);

    private final String file;
    private final SourceText source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    NodeReader(String file, SourceText source) {
        this.file = file;
        this.source = source;
    }

    /** Everything found wrong so far. */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Reads a mapping of the format's fields; returns null (after reporting) when it is not one. */
    Value.Fields readFields(YamlNode node, Field object, String path) {
        if (!checkTag(node, path)) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            error(node, path, "expected " + object.kind().expected() + " of fields, got " + describe(node));
            return null;
        }
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode.Entry tuple : mapping.entries()) {
            YamlNode keyNode = tuple.key();
            if (YamlNode.MERGE.equals(keyNode.tag())) {
                error(keyNode, path, "YAML merge keys ('<<') are not allowed in project files; write the fields out");
                continue;
            }
            if (!(keyNode instanceof YamlNode.Scalar key)) {
                error(keyNode, path, "keys must be plain names, not " + keyNode.kindName());
                continue;
            }
            if (!checkTag(keyNode, path)) {
                continue;
            }
            String name = key.value();
            String childPath = path.isEmpty() ? name : path + "." + name;
            YamlNode first = seen.putIfAbsent(name, keyNode);
            if (first != null) {
                error(keyNode, childPath, "duplicate key (first at line " + source.position(first.start()).line() + ")");
                continue;
            }
            Field field = object.fields().get(name);
            if (field == null) {
                warn(keyNode, "unknown field '" + childPath + "'" + LookAlikes.hint(name, object.fields().keySet()) + "; ignored");
                continue;
            }
            if (tuple.value().isNull()) {
                continue;
            }
            Value value = read(tuple.value(), field, childPath);
            if (value != null) {
                values.put(name, value);
            }
        }
        return new Value.Fields(values, location(node));
    }

    private Value read(YamlNode node, Field field, String path) {
        if (field.kind() == Kind.OBJECT) {
            return readFields(node, field, path);
        }
        if (!checkTag(node, path)) {
            return null;
        }
        if (field.kind() == Kind.LIST) {
            if (!(node instanceof YamlNode.Sequence sequence)) {
                error(node, path, "expected a list, got " + describe(node));
                return null;
            }
            List<Value> items = new ArrayList<>();
            List<YamlNode> elements = sequence.items();
            for (int i = 0; i < elements.size(); i++) {
                if (!elements.get(i).isNull()) {
                    Value item = read(elements.get(i), field.element(), path + "[" + i + "]");
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
            return new Value.Items(items, location(node));
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            error(node, path, "expected " + expected(field) + ", got " + describe(node));
            return null;
        }
        Object value = ScalarConverter.convert(field, scalar);
        if (value == null) {
            error(node, path, "expected " + expected(field) + ", got " + describe(node)
                    + (field.kind() == Kind.CHOICE ? DidYouMean.hint(scalar.value(), field.choices()) : ""));
            return null;
        }
        if (value instanceof BigDecimal number && number.signum() < 0) {
            error(node, path, "must not be negative, got " + scalar.value());
            return null;
        }
        if (value instanceof BigDecimal number && AmountParser.rangeProblem(number).isPresent()) {
            error(node, path, AmountParser.rangeProblem(number).get() + ", got " + describe(node));
            return null;
        }
        return new Value.Scalar(value, scalar.value(), location(node),
                source.locator(value instanceof String string ? string : scalar.value(),
                        node.start(), node.end()));
    }

    private static String expected(Field field) {
        return field.kind() == Kind.CHOICE ? "one of " + String.join(", ", field.choices()) : field.kind().expected();
    }

    private boolean checkTag(YamlNode node, String path) {
        if (PLAIN_TAGS.contains(node.tag())) {
            return true;
        }
        error(node, path, "YAML tag '" + SafeYaml.tagName(node.tag()) + "' is not allowed in project files");
        return false;
    }

    static String describe(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            return node.kindName();
        }
        String value = scalar.value();
        if (value.length() > 40) {
            value = value.substring(0, 37) + "...";
        }
        return YamlNode.STR.equals(node.tag()) ? "\"" + value.replace("\n", "\\n") + "\"" : value;
    }

    private Location location(YamlNode node) {
        return source.span(node.start(), node.end());
    }

    void error(YamlNode node, String path, String message) {
        Location at = source.position(node.start());
        diagnostics.add(Diagnostic.error(file, at.line(), at.column(), (path.isEmpty() ? "" : path + ": ") + message));
    }

    private void warn(YamlNode node, String message) {
        Location at = source.position(node.start());
        diagnostics.add(Diagnostic.warning(file, at.line(), at.column(), message));
    }
}
