package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Truth;
import org.junit.jupiter.api.Test;

/** {@code present} and {@code absent}: the two are each other's negation and never unknown. */
class PresenceTypesTest {

    @Test
    void presentFindsScalarsListsAndObjects() {
        assertThat(evaluate("{present: code.repo}", "name: X\ncode: {repo: 'https://github.com/x/y'}\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{present: models}", "name: X\nmodels: [{name: m}]\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{present: token}", "name: X\ntoken: {symbol: T}\n").evidence()).singleElement()
                .satisfies(e -> assertThat(e.location().line()).isEqualTo(2));
    }

    @Test
    void presentIsFalseNotUnknownWhenAbsent() {
        assertThat(evaluate("{present: code.repo}", "name: X\n").truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void absentIsTheNegation() {
        assertThat(evaluate("{absent: code.repo}", "name: X\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{absent: audits}", "name: X\naudits: [{by: A}]\n").truth()).isEqualTo(Truth.FALSE);
    }
}
