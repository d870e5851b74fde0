package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTypeTest {

    private static final Map<String, ?> HIGH_MULTIPLE = Map.of("numerator", "token.market_cap_usd",
            "denominator", "traction.revenue_usd_annual", "min", 100);
    private static final Map<String, ?> LOW_MULTIPLE = Map.of("numerator", "token.market_cap_usd",
            "denominator", "traction.revenue_usd_annual", "max", 10);

    private static Outcome ratio(Map<String, ?> params, Object cap, Object revenue) {
        return FakeParams.compile("ratio", params).evaluate(FakeFacts.of(Map.of("name", "X",
                "token", Map.of("market_cap_usd", cap), "traction", Map.of("revenue_usd_annual", revenue))));
    }

    @Test
    void firesOnAHighMultipleWithTheRatioAndBothSidesAsEvidence() {
        // when
        Outcome outcome = ratio(HIGH_MULTIPLE, 1_766_000_000L, 5_000_000L);

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::path, Evidence::text).containsExactly(
                tuple("token.market_cap_usd/traction.revenue_usd_annual", "ratio 353.2"),
                tuple("token.market_cap_usd", "1766000000"),
                tuple("traction.revenue_usd_annual", "5000000"));
    }

    @Test
    void isFalseOnAModestMultiple() {
        assertThat(ratio(HIGH_MULTIPLE, 200_000_000L, 20_000_000L).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void sumsTheValuesOfAListPath() {
        // given: 3 + 70 billion parameters over 10 GPUs
        Map<String, ?> project = Map.of("name", "X", "compute", Map.of("gpus", 10),
                "models", List.of(Map.of("parameters_b", 3), Map.of("parameters_b", 70)));

        // when
        Outcome outcome = FakeParams.compile("ratio", Map.of("numerator", "models[].parameters_b",
                "denominator", "compute.gpus", "min", 7.3, "max", 7.3)).evaluate(FakeFacts.of(project));

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void treatsAPositiveNumeratorOverZeroAsInfinite() {
        assertThat(ratio(HIGH_MULTIPLE, 2_000_000_000L, 0).truth()).isEqualTo(Truth.TRUE);
        assertThat(ratio(HIGH_MULTIPLE, 2_000_000_000L, 0).evidence().get(0).text()).isEqualTo("ratio infinite");
        assertThat(ratio(LOW_MULTIPLE, 2_000_000_000L, 0).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownForZeroOverZero() {
        assertThat(ratio(HIGH_MULTIPLE, 0, 0).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void isUnknownWhenASideHasNoNumericValue() {
        assertThat(ratio(HIGH_MULTIPLE, 2_000_000_000L, "a lot").truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(FakeParams.compile("ratio", HIGH_MULTIPLE)
                .evaluate(FakeFacts.of(Map.of("name", "X", "token", Map.of("market_cap_usd", 5)))).truth())
                .isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsMissingBounds() {
        assertThatThrownBy(() -> FakeParams.compile("ratio", Map.of("numerator", "a", "denominator", "b")))
                .isInstanceOf(InvalidRuleException.class).hasMessage("needs min or max");
    }
}
