package io.hypecheck.engine;

import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.SelfTest;
import java.util.List;

/**
 * How one self-test case of a rubric went.
 *
 * @param rubric   the rubric
 * @param test     the case
 * @param failures what went wrong; empty when the case passed
 */
public record SelfTestResult(Rubric rubric, SelfTest test, List<String> failures) {

    public SelfTestResult {
        failures = List.copyOf(failures);
    }

    /** Whether the case passed. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
