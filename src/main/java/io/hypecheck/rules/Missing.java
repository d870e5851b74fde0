package io.hypecheck.rules;

import io.hypecheck.api.Facts;
import io.hypecheck.api.Outcome;

/**
 * The outcome of a condition whose facts are absent: false when the prose states that one of them
 * does not exist or is not public ({@link Facts#statedAbsent}), unknown otherwise.
 */
final class Missing {

    private Missing() {
    }

    static Outcome outcome(Facts facts, String... paths) {
        for (String path : paths) {
            if (facts.statedAbsent(path).isPresent()) {
                return Outcome.no();
            }
        }
        return Outcome.unknown();
    }
}
