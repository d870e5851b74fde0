package io.hypecheck.api;

import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating a condition: its truth and the evidence behind it.
 *
 * @param truth    true, false or unknown
 * @param evidence the facts that made it true (may be empty for false and unknown)
 */
public record Outcome(Truth truth, List<Evidence> evidence) {

    private static final Outcome FALSE = new Outcome(Truth.FALSE, List.of());
    private static final Outcome UNKNOWN = new Outcome(Truth.UNKNOWN, List.of());

    public Outcome {
        Objects.requireNonNull(truth, "truth");
        evidence = List.copyOf(evidence);
    }

    /** A true outcome with its evidence. */
    public static Outcome yes(List<Evidence> evidence) {
        return new Outcome(Truth.TRUE, evidence);
    }

    /** A true outcome with one piece of evidence. */
    public static Outcome yes(Evidence evidence) {
        return new Outcome(Truth.TRUE, List.of(evidence));
    }

    /** An outcome of the given truth; evidence is kept only when it is true. */
    public static Outcome of(Truth truth, List<Evidence> evidence) {
        return switch (truth) {
            case TRUE -> yes(evidence);
            case FALSE -> FALSE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /**
     * Kleene disjunction: true when any outcome is true (with the evidence of every true one),
     * else unknown when any is unknown, else false.
     */
    public static Outcome anyOf(Iterable<Outcome> outcomes) {
        Truth truth = Truth.FALSE;
        List<Evidence> evidence = new java.util.ArrayList<>();
        for (Outcome outcome : outcomes) {
            truth = truth.or(outcome.truth());
            if (outcome.isTrue()) {
                evidence.addAll(outcome.evidence());
            }
        }
        return of(truth, evidence);
    }

    /** A false outcome: the facts are known and do not satisfy the condition. */
    public static Outcome no() {
        return FALSE;
    }

    /** An unknown outcome: the facts the condition needs are absent. */
    public static Outcome unknown() {
        return UNKNOWN;
    }

    /** Whether the condition holds. */
    public boolean isTrue() {
        return truth == Truth.TRUE;
    }
}
