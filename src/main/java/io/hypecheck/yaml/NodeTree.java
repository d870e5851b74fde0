package io.hypecheck.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Copies a composed SnakeYAML node tree into {@link YamlNode}s. An aliased node is copied once
 * and shared; the {@link GuardedParser} has already refused cycles and oversized expansions.
 */
final class NodeTree {

    private final Map<Node, YamlNode> copies = new IdentityHashMap<>();

    private NodeTree() {
    }

    static YamlNode of(Node root) {
        return new NodeTree().copy(root);
    }

    private YamlNode copy(Node node) {
        YamlNode done = copies.get(node);
        if (done != null) {
            return done;
        }
        String tag = node.getTag().getValue();
        YamlMark start = mark(node.getStartMark());
        YamlMark end = mark(node.getEndMark());
        YamlNode copy;
        if (node instanceof ScalarNode scalar) {
            copy = new YamlNode.Scalar(scalar.getValue(), tag, start, end);
        } else if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
            sequence.getValue().forEach(item -> items.add(copy(item)));
            copy = new YamlNode.Sequence(items, tag, start, end);
        } else {
            List<YamlNode.Entry> entries = new ArrayList<>();
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                entries.add(new YamlNode.Entry(copy(tuple.getKeyNode()), copy(tuple.getValueNode())));
            }
            copy = new YamlNode.Mapping(entries, tag, start, end);
        }
        copies.put(node, copy);
        return copy;
    }

    private static YamlMark mark(Mark mark) {
        return mark == null ? new YamlMark(0, 0, 0) : new YamlMark(mark.getIndex(), mark.getLine(), mark.getColumn());
    }
}
