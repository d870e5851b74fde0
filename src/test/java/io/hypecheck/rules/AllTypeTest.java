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

class AllTypeTest {

    private static Outcome all(Object... conditions) {
        return FakeParams.compile("all", List.of(conditions)).evaluate(FakeFacts.of(PROJECT));
    }

    @Test
    void firesWhenEveryConditionHoldsWithAllTheirEvidence() {
        // when
        Outcome outcome = all(TRUE, ALSO_TRUE);

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::path).containsExactly("code.repo", "name");
    }

    @Test
    void isFalseWhenOneIsFalseEvenBesideAnUnknown() {
        assertThat(all(TRUE, FALSE).truth()).isEqualTo(Truth.FALSE);
        assertThat(all(UNKNOWN, FALSE).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWhenOneIsUnknownAndNoneFalse() {
        assertThat(all(TRUE, UNKNOWN).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsAnEmptyList() {
        assertThatThrownBy(() -> FakeParams.compile("all", List.of())).isInstanceOf(InvalidRuleException.class)
                .hasMessage("of must not be empty");
    }
}
