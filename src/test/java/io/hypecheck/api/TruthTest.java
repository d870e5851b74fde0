package io.hypecheck.api;

import static io.hypecheck.api.Truth.FALSE;
import static io.hypecheck.api.Truth.TRUE;
import static io.hypecheck.api.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TruthTest {

    @Test
    void falseWinsAConjunctionEvenAgainstUnknown() {
        assertThat(FALSE.and(UNKNOWN)).isEqualTo(FALSE);
        assertThat(UNKNOWN.and(FALSE)).isEqualTo(FALSE);
        assertThat(TRUE.and(UNKNOWN)).isEqualTo(UNKNOWN);
        assertThat(TRUE.and(TRUE)).isEqualTo(TRUE);
    }

    @Test
    void trueWinsADisjunctionEvenAgainstUnknown() {
        assertThat(TRUE.or(UNKNOWN)).isEqualTo(TRUE);
        assertThat(UNKNOWN.or(TRUE)).isEqualTo(TRUE);
        assertThat(FALSE.or(UNKNOWN)).isEqualTo(UNKNOWN);
        assertThat(FALSE.or(FALSE)).isEqualTo(FALSE);
    }

    @Test
    void negationKeepsUnknownUnknown() {
        assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
        assertThat(TRUE.not()).isEqualTo(FALSE);
        assertThat(FALSE.not()).isEqualTo(TRUE);
    }
}
