package io.hypecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void lowerCasesAndRemovesAccents() {
        assertThat(Fold.fold("Inteligência ARTIFICIAL, Descentralização")).isEqualTo("inteligencia artificial, descentralizacao");
    }

    @Test
    void lowerCasesInTheRootLocale() {
        // given: in a Turkish locale "I" would become a dotless ı
        assertThat(Fold.fold("AI")).isEqualTo("ai");
    }
}
