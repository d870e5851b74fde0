package io.hypecheck.yaml;

import org.yaml.snakeyaml.nodes.Node;

/** A mistake at a node of a YAML file; whoever reads the file adds its name (and, for rubrics, the rule id). */
public class YamlProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Node node;

    public YamlProblem(Node node, String message) {
        super(message);
        this.node = node;
    }

    /** 1-based line of the problem. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** 1-based column of the problem. */
    public int column() {
        return node.getStartMark().getColumn() + 1;
    }
}
