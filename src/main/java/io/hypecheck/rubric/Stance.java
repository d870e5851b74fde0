package io.hypecheck.rubric;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the article says of a trend (SPEC §2); {@code cross-cutting} is for {@code reality-check}. */
public enum Stance {
    HYPED, HIGH_POTENTIAL, RELEVANT, CROSS_CUTTING;

    /** The id as written in rubrics and reports: {@code high-potential}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stance with this id. */
    public static Optional<Stance> parse(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
