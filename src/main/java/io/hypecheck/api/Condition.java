package io.hypecheck.api;

/** A compiled condition: evaluates one project's facts to true, false or unknown. */
@FunctionalInterface
public interface Condition {

    /**
     * Evaluates the condition. A condition whose facts are absent answers {@link Truth#UNKNOWN},
     * never false: an absent fact is unknown, not zero.
     */
    Outcome evaluate(Facts facts);
}
