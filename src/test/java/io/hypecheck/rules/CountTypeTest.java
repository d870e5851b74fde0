package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Truth;
import org.junit.jupiter.api.Test;

class CountTypeTest {

    @Test
    void countsListsOfObjectsAndOfScalars() {
        assertThat(evaluate("{count: {field: audits, min: 2}}", "name: X\naudits: [{by: A}, {by: B}]\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{count: {field: sources, min: 3}}", "name: X\nsources: ['https://a.org']\n").truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void anEmptyListCountsZero() {
        assertThat(evaluate("{count: {field: claims, max: 0}}", "name: X\nclaims: []\n").truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void isUnknownWhenTheListIsAbsent() {
        assertThat(evaluate("{count: {field: audits, min: 1}}", "name: X\n").truth()).isEqualTo(Truth.UNKNOWN);
    }
}
