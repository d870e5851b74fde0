package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegexTypeTest {

    private static Outcome regex(Object params, Map<String, ?> project) {
        return FakeParams.compile("regex", params).evaluate(FakeFacts.of(project));
    }

    @Test
    void firesCaseInsensitivelyByDefault() {
        assertThat(regex("\\b\\d+x faster", Map.of("name", "X", "summary", "100X Faster inference")).truth())
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void honoursCaseSensitive() {
        assertThat(regex(Map.of("pattern", "Faster", "case_sensitive", true), Map.of("name", "X", "summary", "faster")).truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void givesTheMatchedSliceWithItsLocation() {
        // given
        FakeFacts facts = FakeFacts.of(Map.of("name", "X", "claims", List.of("we are 100x faster")));

        // when
        Outcome outcome = FakeParams.compile("regex", "\\d+x").evaluate(facts);

        // then
        assertThat(outcome.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("claims[0]");
            assertThat(e.text()).isEqualTo("100x");
            assertThat(e.location().line()).isEqualTo(facts.line("claims[0]"));
            assertThat(e.location().column()).isEqualTo(8);
            assertThat(e.location().endColumn()).isEqualTo(12);
        });
    }

    @Test
    void isFalseWhenANamedFieldIsPresentWithoutAMatch() {
        assertThat(regex(Map.of("pattern", "mainnet", "fields", "summary"), Map.of("name", "mainnet", "summary", "testnet"))
                .truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWhenEveryNamedFieldIsAbsent() {
        assertThat(regex(Map.of("pattern", "x", "fields", List.of("claims")), Map.of("name", "x")).truth())
                .isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsAnInvalidPatternWithRe2sDescription() {
        assertThatThrownBy(() -> FakeParams.compile("regex", "(a")).isInstanceOf(InvalidRuleException.class)
                .hasMessage("invalid pattern: missing closing )");
        assertThatThrownBy(() -> FakeParams.compile("regex", "(?<=a)b")).isInstanceOf(InvalidRuleException.class)
                .hasMessageStartingWith("invalid pattern: ");
    }

    @Test
    void runsACatastrophicPatternInLinearTime() {
        // given: (a+)+$ backtracks exponentially in java.util.regex on this input
        String text = "a".repeat(RegexType.MAX_TEXT - 100) + "!";

        // when
        Outcome outcome = regex("(a+)+$", Map.of("name", "X", "description", text));

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void readsOnlyTheFirstTwentyThousandCharactersOfATextAndIgnoresNegatedMatches() {
        // given: a word just inside the bound, then one just past it
        String inside = "x".repeat(RegexType.MAX_TEXT - 10) + " zkml";
        String past = "x".repeat(RegexType.MAX_TEXT) + " zkml";

        // then
        assertThat(regex("zkml", Map.of("name", "X", "summary", inside)).truth()).isEqualTo(Truth.TRUE);
        assertThat(regex("zkml", Map.of("name", "X", "summary", past)).truth()).isEqualTo(Truth.FALSE);
        assertThat(regex("zkml", Map.of("name", "X", "summary", "It does not use zkml.")).truth()).isEqualTo(Truth.FALSE);
        assertThat(regex("zkml", Map.of("name", "X", "summary", "Não usa zkml.")).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void aTextWhoseEveryMatchIsNegatedRunsOutOfBudgetAndIsUnknownNotFalse() {
        // given: each attempt finds a negated match, so the search goes on from just past it, ~650 times per text
        String negated = "we do not use zkml for inference ".repeat(600);

        // when
        RegexBudget.Spent<Outcome> spent = RegexBudget.run(() -> regex("zkml[^.;]{0,40}inference",
                Map.of("name", "X", "description", negated)));

        // then
        assertThat(spent.exhausted()).isTrue();
        assertThat(spent.value().truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void ordinaryProseStaysWellWithinTheBudget() {
        // given: a long text without a match, and a few negated matches before a counting one
        String text = "x ".repeat(RegexType.MAX_TEXT / 2 - 100) + ". It does not use zkml. Nor does it sell zkml. It uses zkml.";
        String lengthy = "y".repeat(RegexType.MAX_TEXT);

        // when
        RegexBudget.Spent<Outcome> spent = RegexBudget.run(() -> regex("zkml",
                Map.of("name", "X", "summary", lengthy, "description", text)));

        // then
        assertThat(spent.exhausted()).isFalse();
        assertThat(spent.value().truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void aTextWithoutALiteralThePatternNeedsCostsTheRuleNoRegexWork() {
        // given: a long text, and eleven evaluations in one budget, each of which would scan all of it
        String text = "training on decentralised compute. inference runs elsewhere; ".repeat(RegexType.MAX_TEXT / 60);
        Map<String, ?> project = Map.of("name", "X", "description", text);
        var lacking = FakeParams.compile("regex", "zkml[^.;]{0,40}inference");
        var having = FakeParams.compile("regex", "decentralised[^.;]{0,40}inference");

        // when
        RegexBudget.Spent<Outcome> skipped = RegexBudget.run(() -> repeat(11, () -> lacking.evaluate(FakeFacts.of(project))));
        RegexBudget.Spent<Outcome> searched = RegexBudget.run(() -> repeat(11, () -> having.evaluate(FakeFacts.of(project))));

        // then: the text lacks "zkml", so that rule is told false without running; the other one runs
        // each time (its literals are all there, but not its match) and spends the budget
        assertThat(skipped.exhausted()).isFalse();
        assertThat(skipped.value().truth()).isEqualTo(Truth.FALSE);
        assertThat(searched.exhausted()).isTrue();
    }

    private static Outcome repeat(int times, java.util.function.Supplier<Outcome> evaluation) {
        Outcome last = null;
        for (int i = 0; i < times; i++) {
            last = evaluation.get();
        }
        return last;
    }
}
