package io.hypecheck.rubric;

import io.hypecheck.project.Project;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A test case a rubric carries: a project fragment and what the rubric must do with it.
 *
 * @param name        what the case shows
 * @param line        its line in the rubric file
 * @param project     the project fragment
 * @param matches     whether the project must belong to the trend, when stated
 * @param fires       rule ids that must fire
 * @param doesNotFire rule ids that must not fire
 */
public record SelfTest(String name, int line, Project project, Optional<Boolean> matches, List<String> fires,
                       List<String> doesNotFire) {

    public SelfTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(matches, "matches");
        fires = List.copyOf(fires);
        doesNotFire = List.copyOf(doesNotFire);
    }
}
