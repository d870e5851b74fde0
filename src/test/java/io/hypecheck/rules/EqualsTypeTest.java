package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EqualsTypeTest {

    private static Truth equals(Map<String, ?> params, Map<String, ?> project) {
        return FakeParams.compile("equals", params).evaluate(FakeFacts.of(project)).truth();
    }

    @Test
    void comparesNumbersNumerically() {
        assertThat(equals(Map.of("field", "team.size", "value", "12.0"), Map.of("name", "X", "team", Map.of("size", 12))))
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void doesNotReadAmountsInTheRuleValue() {
        Map<String, ?> project = Map.of("name", "X", "token", Map.of("fdv_usd", new BigDecimal("1200000000")));

        assertThat(equals(Map.of("field", "token.fdv_usd", "value", "1.2B"), project)).isEqualTo(Truth.FALSE);
    }

    @Test
    void comparesBooleansGivenAsBooleansOrText() {
        Map<String, ?> project = Map.of("name", "X", "traction", Map.of("live", true));

        assertThat(equals(Map.of("field", "traction.live", "value", true), project)).isEqualTo(Truth.TRUE);
        assertThat(equals(Map.of("field", "traction.live", "value", "TRUE"), project)).isEqualTo(Truth.TRUE);
        assertThat(equals(Map.of("field", "traction.live", "value", "false"), project)).isEqualTo(Truth.FALSE);
    }

    @Test
    void comparesTextIgnoringCaseAndAccentsAndGivesTheEqualValues() {
        // when
        Outcome outcome = FakeParams.compile("equals", Map.of("field", "compute.depends_on", "in", List.of("OpenAI", "aws")))
                .evaluate(FakeFacts.of(Map.of("name", "X", "compute", Map.of("depends_on", List.of("gcp", "openai", "AWS")))));

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::path)
                .containsExactly("compute.depends_on[1]", "compute.depends_on[2]");
        assertThat(equals(Map.of("field", "verification.method", "value", "ZK"),
                Map.of("name", "X", "verification", Map.of("method", "zk")))).isEqualTo(Truth.TRUE);
        assertThat(equals(Map.of("field", "code.license", "value", "Licença"),
                Map.of("name", "X", "code", Map.of("license", "licenca")))).isEqualTo(Truth.TRUE);
    }

    @Test
    void isFalseWhenPresentWithoutAnEqualValue() {
        assertThat(equals(Map.of("field", "verification.method", "in", List.of("zk", "tee")),
                Map.of("name", "X", "verification", Map.of("method", "optimistic")))).isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWhenTheFieldIsAbsent() {
        assertThat(equals(Map.of("field", "verification.method", "value", "zk"), Map.of("name", "X"))).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsBothOrNeitherOfValueAndInAndAnEmptyIn() {
        assertThatThrownBy(() -> FakeParams.compile("equals", Map.of("field", "traction.live")))
                .isInstanceOf(InvalidRuleException.class).hasMessage("needs exactly one of value or in");
        assertThatThrownBy(() -> FakeParams.compile("equals", Map.of("field", "traction.live", "value", true, "in", List.of(true))))
                .isInstanceOf(InvalidRuleException.class).hasMessage("needs exactly one of value or in");
        assertThatThrownBy(() -> FakeParams.compile("equals", Map.of("field", "code.license", "in", List.of())))
                .isInstanceOf(InvalidRuleException.class).hasMessage("in must not be empty");
    }
}
