package io.hypecheck.yaml;

/** A mistake at a node of a YAML file; whoever reads the file adds its name (and, for rubrics, the rule id). */
public class YamlProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public YamlProblem(YamlNode node, String message) {
        this(node.start().line() + 1, node.start().column() + 1, message);
    }

    /** A problem at a 1-based line and column. */
    public YamlProblem(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem. */
    public int column() {
        return column;
    }
}
