package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.condition;
import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Truth;
import io.hypecheck.yaml.YamlProblem;
import org.junit.jupiter.api.Test;

class RegexTypeTest {

    @Test
    void matchesCaseInsensitivelyByDefault() {
        assertThat(evaluate("{regex: '\\b\\d+x faster'}", "name: X\nsummary: 100X Faster inference\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{regex: {pattern: 'Faster', case_sensitive: true}}", "name: X\nsummary: faster\n").truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWithoutTheField() {
        assertThat(evaluate("{regex: {pattern: x, fields: [claims]}}", "name: X\n").truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsAnInvalidPatternWhenTheRubricLoads() {
        assertThatThrownBy(() -> condition("{regex: '(a'}")).isInstanceOf(YamlProblem.class)
                .hasMessageStartingWith("regex: invalid pattern");
    }

    @Test
    void runsCatastrophicPatternsInLinearTime() {
        // given: (a+)+$ backtracks exponentially in java.util.regex on this input
        String text = "a".repeat(100_000) + "!";

        // when
        var outcome = evaluate("{regex: '(a+)+$'}", "name: X\ndescription: " + text + "\n");

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.FALSE);
    }
}
