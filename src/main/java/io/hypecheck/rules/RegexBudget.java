package io.hypecheck.rules;

import java.util.function.Supplier;

/**
 * The work a rule's regular expressions may do on one file: {@value #MAX_CHARACTERS} characters
 * scanned, counting for each match attempt the text from where it starts to the end (what RE2,
 * linear in the text, may read). Without it, a crafted file whose every match falls in a negation
 * (so that the search goes on) made one rule take seconds. A rule that runs out is unknown for that
 * file, never true or false; the evaluator opens a budget per rule and per trend match and warns.
 */
public final class RegexBudget {

    /** Characters the regular expressions of one rule may scan in one file: ten times the longest text read. */
    public static final long MAX_CHARACTERS = 10L * RegexType.MAX_TEXT;

    private static final ThreadLocal<RegexBudget> CURRENT = new ThreadLocal<>();

    private long left = MAX_CHARACTERS;
    private boolean exhausted;

    private RegexBudget() {
    }

    /**
     * What {@code work} gave, and whether a regular expression in it ran out of budget.
     *
     * @param value     the result of the work
     * @param exhausted whether the budget ran out (the value is then not to be trusted)
     */
    public record Spent<T>(T value, boolean exhausted) {
    }

    /** Runs {@code work} on this thread with a budget of its own. */
    public static <T> Spent<T> run(Supplier<T> work) {
        RegexBudget outer = CURRENT.get();
        RegexBudget budget = new RegexBudget();
        CURRENT.set(budget);
        try {
            T value = work.get();
            return new Spent<>(value, budget.exhausted);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The budget open on this thread, or a fresh one for a regex evaluated on its own. */
    static RegexBudget current() {
        RegexBudget budget = CURRENT.get();
        return budget == null ? new RegexBudget() : budget;
    }

    /** Spends {@code characters}; false (and exhausted from then on) when fewer are left. */
    boolean spend(long characters) {
        if (exhausted || characters > left) {
            exhausted = true;
            return false;
        }
        left -= characters;
        return true;
    }
}
