package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.condition;
import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Truth;
import org.junit.jupiter.api.Test;

class EqualsTypeTest {

    @Test
    void comparesBooleansNumbersAndText() {
        assertThat(evaluate("{equals: {field: traction.live, value: true}}", "name: X\ntraction: {live: true}\n").truth())
                .isEqualTo(Truth.TRUE);
        assertThat(evaluate("{equals: {field: team.ai_researchers, value: 0}}", "name: X\nteam: {ai_researchers: 0}\n").truth())
                .isEqualTo(Truth.TRUE);
        assertThat(evaluate("{equals: {field: 'compute.depends_on', in: [OpenAI, aws]}}", "name: X\ncompute: {depends_on: [openai]}\n")
                .truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void isFalseWhenNoValueEquals() {
        assertThat(evaluate("{equals: {field: traction.live, value: true}}", "name: X\ntraction: {live: false}\n").truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWhenAbsent() {
        assertThat(evaluate("{equals: {field: traction.live, value: false}}", "name: X\n").truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void needsExactlyOneOfValueOrIn() {
        assertThatThrownBy(() -> condition("{equals: {field: traction.live}}")).hasMessage("equals: needs exactly one of value or in");
    }
}
