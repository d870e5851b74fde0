package io.hypecheck.rules;

import static io.hypecheck.rules.Leaves.ALSO_TRUE;
import static io.hypecheck.rules.Leaves.FALSE;
import static io.hypecheck.rules.Leaves.PROJECT;
import static io.hypecheck.rules.Leaves.TRUE;
import static io.hypecheck.rules.Leaves.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnyTypeTest {

    private static Outcome any(Object... conditions) {
        return FakeParams.compile("any", List.of(conditions)).evaluate(FakeFacts.of(PROJECT));
    }

    @Test
    void firesWhenOneHoldsEvenBesideAnUnknownWithTheEvidenceOfTheTrueOnes() {
        // when
        Outcome outcome = any(UNKNOWN, TRUE, FALSE, ALSO_TRUE);

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::path).containsExactly("code.repo", "name");
    }

    @Test
    void isFalseWhenEveryConditionIsFalse() {
        assertThat(any(FALSE, FALSE).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWhenOneIsUnknownAndNoneTrue() {
        assertThat(any(FALSE, UNKNOWN).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsAnEmptyList() {
        assertThatThrownBy(() -> FakeParams.compile("any", List.of())).isInstanceOf(InvalidRuleException.class)
                .hasMessage("of must not be empty");
    }
}
