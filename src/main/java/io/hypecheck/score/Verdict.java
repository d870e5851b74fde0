package io.hypecheck.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The verdict of SPEC §3, from best to worst; {@code unknown} means too little evidence to judge. */
public enum Verdict {
    SUBSTANCE, MIXED, HYPE, UNKNOWN;

    /** The id as printed in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict with this id. */
    public static Optional<Verdict> parse(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst();
    }
}
