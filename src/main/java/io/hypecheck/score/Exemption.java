package io.hypecheck.score;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule set aside for a project, with a reason and an optional expiry.
 *
 * @param project the project id it applies to, or empty in a project file (where it means that file)
 * @param rule    the rule id
 * @param reason  why the rule does not apply
 * @param until   the last day it holds, if it expires
 * @param file    the file it was written in
 * @param line    its line there
 * @param column  its column there
 */
public record Exemption(Optional<String> project, String rule, String reason, Optional<LocalDate> until,
                        String file, int line, int column) {

    public Exemption {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(file, "file");
    }

    /** Whether it has expired by {@code today} (it holds through its {@code until} day). */
    public boolean expired(LocalDate today) {
        return until.map(day -> day.isBefore(today)).orElse(false);
    }
}
