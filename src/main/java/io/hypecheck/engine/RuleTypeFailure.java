package io.hypecheck.engine;

/** A rule type threw while evaluating: a bug in hypecheck or in a plugin (exit 4). */
public final class RuleTypeFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String typeName;
    private final String origin;

    RuleTypeFailure(String typeName, String origin, Throwable cause) {
        super("rule type '" + typeName + "' (" + origin + ") failed: " + cause, cause, false, false);
        this.typeName = typeName;
        this.origin = origin;
    }

    /** The name of the rule type that threw. */
    public String typeName() {
        return typeName;
    }

    /** {@code built-in} or the plugin jar. */
    public String origin() {
        return origin;
    }
}
