package io.hypecheck.rubric;

import java.util.List;
import java.util.Objects;

/**
 * A rubric: one trend of the article (or the cross-cutting reality check) as match signals and
 * scored rules.
 *
 * @param id     the trend id of SPEC §2, or the id of a user's own rubric
 * @param title  the trend's name
 * @param stance what the article says of the trend
 * @param cites  the article section it encodes
 * @param match  when a project belongs to it
 * @param rules  the scored rules, in file order
 * @param tests  the self-test cases
 * @param file   where it was loaded from
 */
public record Rubric(String id, String title, Stance stance, Citation cites, Match match, List<Rule> rules,
                     List<SelfTest> tests, String file) {

    public Rubric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(cites, "cites");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(file, "file");
        rules = List.copyOf(rules);
        tests = List.copyOf(tests);
    }

    /** Whether this rubric is a trend (listed in a project's trends), not the cross-cutting check. */
    public boolean isTrend() {
        return stance != Stance.CROSS_CUTTING;
    }

}
