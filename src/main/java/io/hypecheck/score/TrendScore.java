package io.hypecheck.score;

import io.hypecheck.rubric.Stance;
import java.util.Objects;

/**
 * A trend a project belongs to.
 *
 * @param id       the trend id
 * @param stance   what the article says of it
 * @param strength how strongly the project belongs, 0 to 1
 * @param evidence what the match signals that held point at
 */
public record TrendScore(String id, Stance stance, double strength, java.util.List<io.hypecheck.api.Evidence> evidence) {

    /** A trend without evidence (built by hand). */
    public TrendScore(String id, Stance stance, double strength) {
        this(id, stance, strength, java.util.List.of());
    }

    public TrendScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stance, "stance");
        evidence = java.util.List.copyOf(evidence);
        if (strength < 0 || strength > 1) {
            throw new IllegalArgumentException("strength must be 0 to 1");
        }
    }
}
