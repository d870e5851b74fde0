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
    void joinsPortugueseInflectionsSnowballAloneWouldKeepApart() {
        // given: Snowball stems treinamento to "treinament" but treinar to "trein"; RSLP gives "trein" to both
        assertThat(Stems.of("treinamento").portuguese()).contains("trein");

        // then
        assertThat(same("treinamento", "treinar")).isTrue();
        assertThat(same("treinamento", "treinado")).isTrue();
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
