package io.hypecheck.score;

import java.util.List;
import java.util.Objects;

/**
 * A fact that would move a project's score: a missing one a rule needs, or a self-reported one
 * that would count in full if someone else stood behind it.
 *
 * @param rule   the rule it concerns
 * @param text   what would change, in a sentence
 * @param points how far the score would move (positive: up; negative: down)
 * @param fields the fields involved
 */
public record Next(String rule, String text, int points, List<String> fields) {

    public Next {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        fields = List.copyOf(fields);
    }
}
