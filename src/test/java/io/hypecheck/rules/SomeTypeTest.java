package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SomeTypeTest {

    /** A model trained by the project with at least 50B parameters: both facts of one model. */
    private static final Map<String, ?> BIG_TRAINED = Map.of("list", "models", "where", Map.of("all", List.of(
            Map.of("equals", Map.of("field", "role", "value", "trained")),
            Map.of("range", Map.of("field", "parameters_b", "min", 50)))));

    private static Outcome bigTrained(Object... models) {
        return FakeParams.compile("some", BIG_TRAINED).evaluate(FakeFacts.of(Map.of("name", "X", "models", List.of(models))));
    }

    @Test
    void firesWhenOneElementSatisfiesEveryPartWithItsEvidenceAtFullPaths() {
        // when
        Outcome outcome = bigTrained(Map.of("role", "served"), Map.of("role", "trained", "parameters_b", 70));

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::path).containsExactly("models[1].role", "models[1].parameters_b");
    }

    @Test
    void isFalseWhenThePartsHoldOnlyOnDifferentElements() {
        assertThat(bigTrained(Map.of("role", "served", "parameters_b", 70), Map.of("role", "trained", "parameters_b", 3))
                .truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void isFalseForAnEmptyList() {
        assertThat(bigTrained().truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWhenNoElementIsTrueAndOneIsUnknown() {
        assertThat(bigTrained(Map.of("role", "served"), Map.of("role", "trained")).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void isUnknownWhenTheListIsAbsent() {
        assertThat(FakeParams.compile("some", BIG_TRAINED).evaluate(FakeFacts.of(Map.of("name", "X"))).truth())
                .isEqualTo(Truth.UNKNOWN);
    }
}
