package io.hypecheck.score;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding that an exemption set aside: it does not count toward the scores, but reports can
 * list it ({@code --show-suppressed}).
 *
 * @param finding the finding that was set aside
 * @param reason  why, as the exemption says
 * @param until   the day the exemption expires, if it does
 * @param origin  where the exemption was written (the project file or the config file)
 */
public record Suppression(Finding finding, String reason, Optional<LocalDate> until, String origin) {

    public Suppression {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(origin, "origin");
    }
}
