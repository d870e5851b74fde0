package io.hypecheck.prose;

import java.util.Objects;

/**
 * One fact found in a sentence, before it becomes a {@link io.hypecheck.api.Fact}.
 *
 * @param path  the field path it stands for, such as {@code traction.revenue_usd_annual}
 * @param value a {@link java.math.BigDecimal}, {@link Boolean} or {@link String}; null for a stated absence
 * @param from  its first character in the sentence
 * @param to    just past its last character
 */
record Found(String path, Object value, int from, int to) {

    Found {
        Objects.requireNonNull(path, "path");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad span " + from + ".." + to);
        }
    }

    /** Whether this is a statement that the fact does not exist or is not public. */
    boolean absence() {
        return value == null;
    }
}
