package io.hypecheck.score;

import io.hypecheck.rubric.Stance;
import java.util.Objects;

/**
 * A trend a project belongs to.
 *
 * @param id       the trend id
 * @param stance   what the article says of it
 * @param strength how strongly the project belongs, 0 to 1
 */
public record TrendScore(String id, Stance stance, double strength) {

    public TrendScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stance, "stance");
        if (strength < 0 || strength > 1) {
            throw new IllegalArgumentException("strength must be 0 to 1");
        }
    }
}
