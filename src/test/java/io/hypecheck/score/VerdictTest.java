package io.hypecheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verdict ids read back, as a baseline's verdicts are. */
class VerdictTest {

    @Test
    void eachIdReadsAsItsVerdictAndAnythingElseAsNone() {
        for (Verdict verdict : Verdict.values()) {
            assertThat(Verdict.parse(verdict.id())).contains(verdict);
        }
        assertThat(Verdict.parse("HYPE")).isEmpty();
        assertThat(Verdict.parse("nonsense")).isEmpty();
        assertThat(Verdict.parse("")).isEmpty();
    }
}
