package io.hypecheck.api;

/** Three-valued (Kleene) logic: absent facts make a condition unknown rather than false. */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    /** {@code TRUE} for true, {@code FALSE} for false. */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Kleene negation: unknown stays unknown. */
    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** Kleene conjunction: false wins, then unknown. */
    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    /** Kleene disjunction: true wins, then unknown. */
    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
    }
}
