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
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a composed YAML node tree against the project format: converts each value to its
 * field's kind and reports wrong types, unknown fields, duplicate keys and disallowed tags.
 */
final class NodeReader {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ, Tag.TIMESTAMP);

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
    Value.Fields readFields(Node node, Field object, String path) {
        if (!checkTag(node, path)) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            error(node, path, "expected " + object.kind().expected() + " of fields, got " + describe(node));
            return null;
        }
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                error(keyNode, path, "YAML merge keys ('<<') are not allowed in project files; write the fields out");
                continue;
            }
            if (!(keyNode instanceof ScalarNode key)) {
                error(keyNode, path, "keys must be plain names");
                continue;
            }
            if (!checkTag(keyNode, path)) {
                continue;
            }
            String name = key.getValue();
            String childPath = path.isEmpty() ? name : path + "." + name;
            Node first = seen.putIfAbsent(name, keyNode);
            if (first != null) {
                error(keyNode, childPath, "duplicate key (first at line " + source.position(first.getStartMark()).line() + ")");
                continue;
            }
            Field field = object.fields().get(name);
            if (field == null) {
                warn(keyNode, "unknown field '" + childPath + "'" + DidYouMean.hint(name, object.fields().keySet()) + "; ignored");
                continue;
            }
            if (isNull(tuple.getValueNode())) {
                continue;
            }
            Value value = read(tuple.getValueNode(), field, childPath);
            if (value != null) {
                values.put(name, value);
            }
        }
        return new Value.Fields(values, location(node));
    }

    private Value read(Node node, Field field, String path) {
        if (field.kind() == Kind.OBJECT) {
            return readFields(node, field, path);
        }
        if (!checkTag(node, path)) {
            return null;
        }
        if (field.kind() == Kind.LIST) {
            if (!(node instanceof SequenceNode sequence)) {
                error(node, path, "expected a list, got " + describe(node));
                return null;
            }
            List<Value> items = new ArrayList<>();
            List<Node> elements = sequence.getValue();
            for (int i = 0; i < elements.size(); i++) {
                if (!isNull(elements.get(i))) {
                    Value item = read(elements.get(i), field.element(), path + "[" + i + "]");
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
            return new Value.Items(items, location(node));
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(node, path, "expected " + expected(field) + ", got " + describe(node));
            return null;
        }
        Object value = ScalarConverter.convert(field, scalar);
        if (value == null) {
            error(node, path, "expected " + expected(field) + ", got " + describe(node)
                    + (field.kind() == Kind.CHOICE ? DidYouMean.hint(scalar.getValue(), field.choices()) : ""));
            return null;
        }
        if (value instanceof BigDecimal number && number.signum() < 0) {
            error(node, path, "must not be negative, got " + scalar.getValue());
            return null;
        }
        return new Value.Scalar(value, scalar.getValue(), location(node),
                source.locator(value instanceof String string ? string : scalar.getValue(),
                        node.getStartMark(), node.getEndMark()));
    }

    private static String expected(Field field) {
        return field.kind() == Kind.CHOICE ? "one of " + String.join(", ", field.choices()) : field.kind().expected();
    }

    private boolean checkTag(Node node, String path) {
        Tag tag = node.getTag();
        if (PLAIN_TAGS.contains(tag)) {
            return true;
        }
        error(node, path, "YAML tag '" + SafeYaml.tagName(tag.getValue()) + "' is not allowed in project files");
        return false;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        String value = ((ScalarNode) node).getValue();
        if (value.length() > 40) {
            value = value.substring(0, 37) + "...";
        }
        return Tag.STR.equals(node.getTag()) ? "\"" + value.replace("\n", "\\n") + "\"" : value;
    }

    private Location location(Node node) {
        return source.span(node.getStartMark(), node.getEndMark());
    }

    void error(Node node, String path, String message) {
        Location at = source.position(node.getStartMark());
        diagnostics.add(Diagnostic.error(file, at.line(), at.column(), (path.isEmpty() ? "" : path + ": ") + message));
    }

    private void warn(Node node, String message) {
        Location at = source.position(node.getStartMark());
        diagnostics.add(Diagnostic.warning(file, at.line(), at.column(), message));
    }
}
