package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Truth;
import org.junit.jupiter.api.Test;

class TagTypeTest {

    @Test
    void matchesTagsIgnoringCaseAccentsAndSeparators() {
        assertThat(evaluate("{tag: zk-ai}", "name: X\ntags: [ZK_AI]\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{tag: [inferencia-on-chain]}", "name: X\ntags: [Inferência On Chain]\n").truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void isFalseWhenTagsDoNotInclude() {
        assertThat(evaluate("{tag: zk-ai}", "name: X\ntags: [defi]\n").truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWithoutTags() {
        assertThat(evaluate("{tag: zk-ai}", "name: X\n").truth()).isEqualTo(Truth.UNKNOWN);
    }
}
