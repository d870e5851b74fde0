package io.hypecheck.rubric;

import org.yaml.snakeyaml.nodes.Node;

/** A mistake in a rubric at a given node; the loader adds the file and the rule id. */
public class RubricProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Node node;

    public RubricProblem(Node node, String message) {
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
