package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TogetherTypeTest {

    private static final Map<String, Object> AGENTS_PAY = Map.of(
            "terms", List.of("agents", "agentes"),
            "with", List.of("pay", "payments", "pagam", "pagamentos"),
            "and", List.of("each other", "one another", "uns aos outros", "entre si"));

    private static Outcome together(Object params, Map<String, ?> project) {
        return FakeParams.compile("together", params).evaluate(FakeFacts.of(project));
    }

    private static Truth summary(String text) {
        return together(AGENTS_PAY, Map.of("name", "X", "summary", text)).truth();
    }

    @Test
    void firesWhenEveryGroupStandsInOneSentenceInAnyOrderAndAtAnyDistance() {
        // given three groups; when one sentence holds all three, far apart or reordered; then true
        assertThat(summary("A chain designed so AI agents can carry verifiable identities, obey spending rules and make "
                + "stablecoin payments to one another.")).isEqualTo(Truth.TRUE);
        assertThat(summary("Payments to one another are how the network's agents settle.")).isEqualTo(Truth.TRUE);
        assertThat(summary("Uma rede onde agentes autônomos com identidade verificável pagam uns aos outros em stablecoins."))
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void doesNotFireWhenTheGroupsStandInDifferentSentences() {
        // given the groups split over sentences; then false, in English and Portuguese
        assertThat(summary("The agents run on a chain. Users pay each other in stablecoins.")).isEqualTo(Truth.FALSE);
        assertThat(summary("Os agentes rodam na rede. Usuários pagam uns aos outros em stablecoins.")).isEqualTo(Truth.FALSE);
    }

    @Test
    void doesNotFireWhenAGroupIsOnlyNegatedInThatSentence() {
        // given one group's words under a negation; then false
        assertThat(summary("The agents do not pay each other yet.")).isEqualTo(Truth.FALSE);
        assertThat(summary("Os agentes ainda não pagam uns aos outros.")).isEqualTo(Truth.FALSE);
    }

    @Test
    void worksWithTwoGroupsAndGivesTheSentenceFromItsFirstToItsLastMatchedWordAsEvidence() {
        // given two groups; when they meet in the second sentence; then the evidence runs from the first to the last word there
        Outcome outcome = together(Map.of("terms", List.of("models"), "with", List.of("submitted")),
                Map.of("name", "X", "description", "A testnet. Thousands of models were submitted by miners."));
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::text).containsExactly("models were submitted");
    }

    @Test
    void isUnknownWhenEveryNamedFieldIsAbsentAndFalseWhenPresentWithoutTheWords() {
        Map<String, Object> params = Map.of("terms", List.of("agents"), "with", List.of("pay"), "fields", List.of("description"));
        assertThat(together(params, Map.of("name", "X")).truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(together(params, Map.of("name", "X", "description", "A data network.")).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void rejectsAMissingGroup() {
        assertThatThrownBy(() -> FakeParams.compile("together", Map.of("terms", List.of("agents"))))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("with");
    }
}
