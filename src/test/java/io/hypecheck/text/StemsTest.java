package io.hypecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemsTest {

    private static boolean same(String a, String b) {
        return Stems.of(a).matches(Stems.of(b));
    }

    @Test
    void joinsEnglishInflections() {
        assertThat(Stems.of("training").english()).isEqualTo("train");
        assertThat(same("training", "trained")).isTrue();
        assertThat(same("agents", "agentic")).isTrue();
    }

    @Test
    void joinsPortugueseInflectionsOfOneWord() {
        assertThat(same("treinar", "treinado")).isTrue();
        assertThat(same("treinou", "treinando")).isTrue();
        assertThat(same("pago", "pagos")).isTrue();
        assertThat(same("competição", "competições")).isTrue();
        assertThat(same("usuário", "usuários")).isTrue();
        assertThat(same("sintético", "sintéticos")).isTrue();
    }

    @Test
    void keepsPortugueseWordsThatOnlyShareARootApart() {
        assertThat(same("treinamento", "treinadores")).isFalse();
        assertThat(same("provedores", "provas")).isFalse();
        assertThat(same("liquidez", "liquidação")).isFalse();
        assertThat(same("paga", "pagamentos")).isFalse();
    }

    @Test
    void joinsAccentedWordsWithTheirUnaccentedSpelling() {
        assertThat(same("inteligência", "inteligencia")).isTrue();
        assertThat(same("descentralização", "descentralizacao")).isTrue();
    }

    @Test
    void keepsUnrelatedWordsApart() {
        assertThat(same("training", "chain")).isFalse();
        assertThat(same("agents", "agenda")).isFalse();
        assertThat(same("modelo", "moeda")).isFalse();
    }
}
