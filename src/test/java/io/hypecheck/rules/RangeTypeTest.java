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

class RangeTypeTest {

    private static final Map<String, ?> MODELS = Map.of("name", "X", "models", List.of(
            Map.of("name", "small", "parameters_b", 3), Map.of("name", "big", "parameters_b", 70),
            Map.of("name", "unsized", "parameters_b", "unknown")));

    private static Outcome range(Map<String, ?> params, Map<String, ?> project) {
        return FakeParams.compile("range", params).evaluate(FakeFacts.of(project));
    }

    @Test
    void firesWhenAValueLiesWithinInclusiveBounds() {
        assertThat(range(Map.of("field", "team.size", "min", 5, "max", 5), Map.of("name", "X", "team", Map.of("size", 5)))
                .truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void isFalseOutsideTheBounds() {
        assertThat(range(Map.of("field", "team.size", "min", 6), Map.of("name", "X", "team", Map.of("size", 5))).truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void firesForAnyValueOfAListAndGivesTheValuesInside() {
        // when
        Outcome outcome = range(Map.of("field", "models[].parameters_b", "min", 50), MODELS);

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::path, Evidence::text)
                .containsExactly(tuple("models[1].parameters_b", "70"));
    }

    @Test
    void needsEveryNumericValueWithQuantifierAllIgnoringTextValues() {
        assertThat(range(Map.of("field", "models[].parameters_b", "max", 100, "quantifier", "all"), MODELS).truth())
                .isEqualTo(Truth.TRUE);
        assertThat(range(Map.of("field", "models[].parameters_b", "max", 50, "quantifier", "all"), MODELS).truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWithoutANumericValue() {
        assertThat(range(Map.of("field", "team.size", "min", 1), Map.of("name", "X")).truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(range(Map.of("field", "team.size", "min", 1), Map.of("name", "X", "team", Map.of("size", "many"))).truth())
                .isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsMissingOrCrossedBoundsAndAnUnknownQuantifier() {
        assertThatThrownBy(() -> FakeParams.compile("range", Map.of("field", "team.size")))
                .isInstanceOf(InvalidRuleException.class).hasMessage("needs min or max");
        assertThatThrownBy(() -> FakeParams.compile("range", Map.of("field", "team.size", "min", 5, "max", 1)))
                .isInstanceOf(InvalidRuleException.class).hasMessage("min must not exceed max");
        assertThatThrownBy(() -> FakeParams.compile("range", Map.of("field", "team.size", "min", 1, "quantifier", "most")))
                .isInstanceOf(InvalidRuleException.class).hasMessage("quantifier must be any or all, got 'most'");
    }
}
