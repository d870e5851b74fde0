package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import org.junit.jupiter.api.Test;

class RatioTypeTest {

    private static final String HYPE_MULTIPLE = "{ratio: {numerator: token.market_cap_usd, denominator: traction.revenue_usd_annual, min: 100}}";

    @Test
    void firesOnAHighMultipleWithTheRatioAsEvidence() {
        // when
        Outcome outcome = evaluate(HYPE_MULTIPLE, "name: X\ntoken: {market_cap_usd: 2B}\ntraction: {revenue_usd_annual: 5M}\n");

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence().get(0).text()).isEqualTo("ratio 400");
    }

    @Test
    void isFalseForAModestMultiple() {
        assertThat(evaluate(HYPE_MULTIPLE, "name: X\ntoken: {market_cap_usd: 200M}\ntraction: {revenue_usd_annual: 20M}\n").truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void treatsZeroRevenueAsAnInfiniteMultiple() {
        assertThat(evaluate(HYPE_MULTIPLE, "name: X\ntoken: {market_cap_usd: 2B}\ntraction: {revenue_usd_annual: 0}\n").truth())
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void isUnknownWhenEitherSideIsAbsent() {
        assertThat(evaluate(HYPE_MULTIPLE, "name: X\ntoken: {market_cap_usd: 2B}\n").truth()).isEqualTo(Truth.UNKNOWN);
    }
}
