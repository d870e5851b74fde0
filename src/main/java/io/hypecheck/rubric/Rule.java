package io.hypecheck.rubric;

import io.hypecheck.api.Condition;
import java.util.Objects;

/**
 * One scored rule of a rubric.
 *
 * @param id     stable id, unique across all loaded rubrics
 * @param title  what the rule detects, in a few words
 * @param when   the condition that makes it fire
 * @param effect the side it adds to
 * @param points how much it adds, 1 to 100
 * @param why    the article's point it encodes, paraphrased
 * @param line   the line of the rule in its rubric file
 * @param source the condition as written in the rubric, for display
 * @param kind   what kind of fact it rests on, for a verdict's support
 */
public record Rule(String id, String title, Condition when, Effect effect, int points, String why, int line,
                   String source, Kind kind) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (points < 1 || points > 100) {
            throw new IllegalArgumentException("points must be 1 to 100");
        }
    }
}
