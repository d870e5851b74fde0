package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.condition;
import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Truth;
import org.junit.jupiter.api.Test;

class RangeTypeTest {

    @Test
    void acceptsAmountsAsBounds() {
        assertThat(evaluate("{range: {field: token.market_cap_usd, min: 1B}}", "name: X\ntoken: {market_cap_usd: \"$1.2B\"}\n").truth())
                .isEqualTo(Truth.TRUE);
        assertThat(evaluate("{range: {field: token.market_cap_usd, min: 1B}}", "name: X\ntoken: {market_cap_usd: 350M}\n").truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void quantifiesOverLists() {
        String project = "name: X\nmodels: [{parameters_b: 3}, {parameters_b: 70}]\n";
        assertThat(evaluate("{range: {field: 'models[].parameters_b', min: 50}}", project).truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{range: {field: 'models[].parameters_b', min: 50, quantifier: all}}", project).truth())
                .isEqualTo(Truth.FALSE);
        assertThat(evaluate("{range: {field: 'models[].parameters_b', min: 50}}", project).evidence())
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("models[1].parameters_b"));
    }

    @Test
    void isUnknownWhenAbsentNeverZero() {
        assertThat(evaluate("{range: {field: traction.revenue_usd_annual, max: 0}}", "name: X\n").truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsInvertedBounds() {
        assertThatThrownBy(() -> condition("{range: {field: team.size, min: 5, max: 1}}")).hasMessage("range: min must not exceed max");
    }
}
