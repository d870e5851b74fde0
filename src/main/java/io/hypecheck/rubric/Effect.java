package io.hypecheck.rubric;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which side of the score a rule adds its points to. */
public enum Effect {
    HYPE, SUBSTANCE;

    /** The id as written in rubrics and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The effect with this id. */
    public static Optional<Effect> parse(String id) {
        return Arrays.stream(values()).filter(e -> e.id().equals(id)).findFirst();
    }
}
