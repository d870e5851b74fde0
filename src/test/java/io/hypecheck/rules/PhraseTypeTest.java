package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import org.junit.jupiter.api.Test;

class PhraseTypeTest {

    @Test
    void matchesEnglishInflections() {
        assertThat(evaluate("{phrase: [decentralized training]}", "name: X\nsummary: We trained it on decentralised... no, Decentralized Trainings\n").truth())
                .isEqualTo(Truth.TRUE);
        assertThat(evaluate("{phrase: [agents]}", "name: X\nsummary: An agentic economy\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{phrase: [training]}", "name: X\nclaims: [model was trained across continents]\n").truth())
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void matchesPortugueseInflectionsAndAccents() {
        assertThat(evaluate("{phrase: [treinamento descentralizado]}", "name: X\nsummary: Vamos treinar descentralizada\n").truth())
                .isEqualTo(Truth.TRUE);
        assertThat(evaluate("{phrase: [inteligência artificial]}", "name: X\nsummary: INTELIGENCIA ARTIFICIAL aberta\n").truth())
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void matchesOnWordBoundariesOnly() {
        assertThat(evaluate("{phrase: [AI]}", "name: X\nsummary: He said the chain was fair\n").truth()).isEqualTo(Truth.FALSE);
        assertThat(evaluate("{phrase: [AI]}", "name: X\nsummary: An AI chain\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{phrase: [GPU]}", "name: X\nsummary: rent GPUs by the hour\n").truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void treatsHyphensAsWordBreaksAndSupportsPrefixes() {
        assertThat(evaluate("{phrase: [zero knowledge]}", "name: X\nsummary: Zero-Knowledge proofs\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{phrase: [zkml]}", "name: X\nsummary: the zkML stack\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{phrase: [\"descentraliz*\"]}", "name: X\nsummary: rede descentralizada\n").truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void requiresMinDistinctTerms() {
        String project = "name: X\nsummary: GPU marketplace for rendering\n";
        assertThat(evaluate("{phrase: {terms: [GPU, marketplace, inference], min: 2}}", project).truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{phrase: {terms: [GPU, training, inference], min: 2}}", project).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void pointsEvidenceAtTheMatchedWords() {
        // when
        Outcome outcome = evaluate("{phrase: [verifiable inference]}", "name: X\nclaims:\n  - \"Fast and Verifiable Inference for all\"\n");

        // then
        assertThat(outcome.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("claims[0]");
            assertThat(e.text()).isEqualTo("Verifiable Inference");
            assertThat(e.location().line()).isEqualTo(3);
            assertThat(e.location().column()).isEqualTo(15);
            assertThat(e.location().endColumn()).isEqualTo(35);
        });
    }

    @Test
    void isUnknownWhenTheNamedFieldsAreAbsent() {
        assertThat(evaluate("{phrase: {terms: [agents], fields: [description, claims]}}", "name: Agents\n").truth())
                .isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void readsOnlyTheNamedFields() {
        assertThat(evaluate("{phrase: {terms: [agents], fields: [description]}}", "name: Agents\ndescription: a chain\n").truth())
                .isEqualTo(Truth.FALSE);
    }
}
