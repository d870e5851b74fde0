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

class PhraseTypeTest {

    private static Outcome phrase(Object params, Map<String, ?> project) {
        return FakeParams.compile("phrase", params).evaluate(FakeFacts.of(project));
    }

    private static Truth summaryMatches(Object params, String summary) {
        return phrase(params, Map.of("name", "X", "summary", summary)).truth();
    }

    @Test
    void firesOnEnglishInflection() {
        // given a term "training"; when the text says "trained" or "trains"; then it matches
        assertThat(summaryMatches("training", "The model was trained in public")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("training", "It trains nightly")).isEqualTo(Truth.TRUE);
    }

    @Test
    void firesOnPortugueseInflection() {
        // given Portuguese terms; when the text inflects them differently; then they match
        assertThat(summaryMatches("treinar", "Um modelo treinado na rede")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("treinamento", "Treinamentos descentralizados")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("competição", "Competições semanais de modelos")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("modelos treinados", "Modelo treinado na rede")).isEqualTo(Truth.TRUE);
    }

    @Test
    void doesNotFireOnPortugueseWordsThatOnlyShareARoot() {
        // given terms whose aggressive stems collide with other words; when only those words occur; then no match
        assertThat(summaryMatches("treinamento descentralizado", "Treinadores descentralizados avaliam")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("provas", "Provedores de GPU")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("liquidez", "Liquidação diária")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("paga", "Pagamentos em stablecoin")).isEqualTo(Truth.FALSE);
    }

    @Test
    void doesNotFireOnANegatedOrContrastedOccurrence() {
        // English: negation before, trailing negation, contrast
        assertThat(summaryMatches("paid in tokens", "Contributors were not paid in tokens")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("zk proofs", "TEE attestations, far cheaper than ZK proofs")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("open source", "The scheduler is not open source")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("synthetic data", "Uses human data rather than synthetic data")).isEqualTo(Truth.FALSE);
        // Portuguese: não, sem, em vez de, do que
        assertThat(summaryMatches("pagos em tokens", "Os contribuidores não foram pagos em tokens")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("provas zk", "Atestados TEE, muito mais baratos do que provas ZK")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("código aberto", "Uma rede sem código aberto")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("dados sintéticos", "Usa dados humanos em vez de dados sintéticos")).isEqualTo(Truth.FALSE);
    }

    @Test
    void firesWhenTheNegationBelongsToAnotherClauseOrToThePhrase() {
        assertThat(summaryMatches("paid in tokens", "Not a grant program, contributors are paid in tokens")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("no utility", "A memecoin with no utility")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("open source", "Not only open source but audited")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("zk proofs", "No token yet. It ships ZK proofs for small models")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("pagos em tokens", "Não é um fundo: os contribuidores são pagos em tokens")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("aws", "O agente roda no AWS")).isEqualTo(Truth.TRUE);
    }

    @Test
    void firesOnAgentAndAgenticForAgents() {
        assertThat(summaryMatches("agents", "One agent hires another")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("agents", "An agentic economy")).isEqualTo(Truth.TRUE);
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(summaryMatches("inteligência artificial", "Inteligencia Artificial aberta")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("zkml", "the zkML stack")).isEqualTo(Truth.TRUE);
    }

    @Test
    void doesNotFireInsideOtherWords() {
        assertThat(summaryMatches("AI", "He said the chain was fair")).isEqualTo(Truth.FALSE);
        assertThat(summaryMatches("AI", "An AI chain")).isEqualTo(Truth.TRUE);
    }

    @Test
    void treatsHyphensAsWordBreaks() {
        assertThat(summaryMatches("zero knowledge", "Zero-Knowledge proofs")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("zero-knowledge", "zero knowledge proofs")).isEqualTo(Truth.TRUE);
    }

    @Test
    void needsTheWordsOfAPhraseInARow() {
        assertThat(summaryMatches("decentralized training", "decentralized inference, centralized training"))
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void firesOnAPrefixWildcard() {
        assertThat(summaryMatches("decentraliz*", "Towards Decentralization")).isEqualTo(Truth.TRUE);
        assertThat(summaryMatches("decentraliz*", "A centralized service")).isEqualTo(Truth.FALSE);
    }

    @Test
    void needsMinDistinctTermsToFire() {
        // given
        String summary = "GPU marketplace for rendering";

        // when / then
        assertThat(summaryMatches(Map.of("terms", List.of("GPU", "marketplace", "inference"), "min", 2), summary))
                .isEqualTo(Truth.TRUE);
        assertThat(summaryMatches(Map.of("terms", List.of("GPU", "training", "inference"), "min", 2), summary))
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void pointsEvidenceAtTheMatchedSliceOfTheOriginalText() {
        // given
        FakeFacts facts = FakeFacts.of(Map.of("name", "X", "claims", List.of("Fast and Verifiable Inférence for all")));

        // when
        Outcome outcome = FakeParams.compile("phrase", "verifiable inference").evaluate(facts);

        // then: characters 9 to 29 of the claim, columns 10 to 30 on its fake line
        assertThat(outcome.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("claims[0]");
            assertThat(e.text()).isEqualTo("Verifiable Inférence");
            assertThat(e.location().line()).isEqualTo(facts.line("claims[0]"));
            assertThat(e.location().column()).isEqualTo(10);
            assertThat(e.location().endColumn()).isEqualTo(30);
        });
    }

    @Test
    void givesTheFirstOccurrenceOfEachTermFirstAndAtMostFiveEvidenceItems() {
        // given: "gpu" in every claim, "agent" only in the last
        List<String> claims = List.of("gpu gpu", "gpu", "gpu", "gpu", "gpu", "gpu and agent");

        // when
        Outcome outcome = phrase(List.of("gpu", "agent"), Map.of("name", "X", "claims", claims));

        // then
        assertThat(outcome.evidence()).extracting(Evidence::path)
                .containsExactly("claims[0]", "claims[5]", "claims[1]", "claims[2]", "claims[3]");
    }

    @Test
    void readsOnlyTheNamedFieldsAndIsFalseWhenOneIsPresentWithoutAMatch() {
        Map<String, ?> project = Map.of("name", "Agents", "description", "a chain");

        assertThat(phrase(Map.of("terms", "agents", "fields", List.of("description", "claims")), project).truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void isFalseWhenANamedListIsPresentButEmpty() {
        assertThat(phrase(Map.of("terms", "agents", "fields", "claims"), Map.of("name", "X", "claims", List.of())).truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWhenEveryNamedFieldIsAbsent() {
        assertThat(phrase(Map.of("terms", "agents", "fields", List.of("description", "claims")), Map.of("name", "Agents"))
                .truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsTermsWithoutWordsAMisplacedWildcardAndAnUnreachableMin() {
        assertThatThrownBy(() -> FakeParams.compile("phrase", List.of())).isInstanceOf(InvalidRuleException.class)
                .hasMessage("terms must not be empty");
        assertThatThrownBy(() -> FakeParams.compile("phrase", "--")).hasMessage("term '--' has no words");
        assertThatThrownBy(() -> FakeParams.compile("phrase", "de*central")).hasMessageContaining("* may only end a word");
        assertThatThrownBy(() -> FakeParams.compile("phrase", Map.of("terms", List.of("GPU", "gpu"), "min", 2)))
                .hasMessageStartingWith("min must be a whole number from 1 to the number of distinct terms (1)");
        assertThatThrownBy(() -> FakeParams.compile("phrase", Map.of("terms", List.of("a", "b"), "min", "1.5")))
                .isInstanceOf(InvalidRuleException.class);
    }
}
