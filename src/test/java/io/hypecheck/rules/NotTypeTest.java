package io.hypecheck.rules;

import static io.hypecheck.rules.Leaves.FALSE;
import static io.hypecheck.rules.Leaves.PROJECT;
import static io.hypecheck.rules.Leaves.TRUE;
import static io.hypecheck.rules.Leaves.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotTypeTest {

    private static Outcome not(Object params) {
        return FakeParams.compile("not", params).evaluate(FakeFacts.of(PROJECT));
    }

    @Test
    void firesWithoutEvidenceWhenTheConditionIsFalse() {
        // when
        Outcome outcome = not(FALSE);

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).isEmpty();
    }

    @Test
    void isFalseWhenTheConditionHoldsGivenAsShorthandOrAsOf() {
        assertThat(not(TRUE).truth()).isEqualTo(Truth.FALSE);
        assertThat(not(Map.of("of", TRUE)).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void keepsUnknown() {
        assertThat(not(UNKNOWN).truth()).isEqualTo(Truth.UNKNOWN);
    }
}
