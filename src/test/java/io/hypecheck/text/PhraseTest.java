package io.hypecheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhraseTest {

    private static Optional<Span> find(String phrase, String text) {
        return Phrase.parse(phrase).find(Tokenizer.tokens(text));
    }

    private static IndexedText indexed(String text) {
        return IndexedText.of(text, Tokenizer.tokens(text));
    }

    @Test
    void findsTheFirstOccurrenceAsASpanOfTheOriginalText() {
        assertThat(find("agent wallets", "no agents; Agent-Wallets; agent wallet")).contains(new Span(11, 24));
    }

    @Test
    void matchesShortWordsExactlyWithAPluralOrByEnglishStemOnly() {
        assertThat(find("ai", "ai-native")).isPresent();
        assertThat(find("gpu", "rent GPUs")).isPresent();
        assertThat(find("run", "running nodes")).isPresent();
        assertThat(find("ai", "first aid")).isEmpty();
        assertThat(find("ia", "iam roles")).isEmpty();
    }

    @Test
    void doesNotMatchShortWordsByPortugueseStem() {
        // given: Portuguese stemming cuts "botar", "bota" and "boto" to "bot", and "ragas" to "rag"
        assertThat(find("bot", "vamos botar a bota")).isEmpty();
        assertThat(find("rag", "ragas indianas")).isEmpty();
        assertThat(find("bot", "bots e mais bots")).isPresent();
    }

    @Test
    void findsAPortugueseNounWhoseModifiersAreCoordinatedBeforeTheLastWord() {
        // given a phrase "noun adjective" and a text that coordinates another modifier with it
        String text = "Oferece inferência privada e verificável.";
        // then the occurrence spans from the noun to the phrase's last word
        assertThat(find("inferência verificável", text)).contains(new Span(8, 40));
        assertThat(find("GPUs descentralizadas", "distribui entre GPUs em nuvem e descentralizadas")).isPresent();
        assertThat(find("dados sintéticos", "dados reais ou sintéticos")).isPresent();
    }

    @Test
    void doesNotBridgeMoreThanTwoWordsOrAnEnglishAndOrAWordThatIsNotTheLast() {
        assertThat(find("GPUs descentralizadas", "GPUs em nuvens públicas e descentralizadas")).isEmpty();
        assertThat(find("compute network", "compute storage and network")).isEmpty();
        assertThat(find("inferência verificável", "inferência privada e rápida, verificável")).isEmpty();
        assertThat(find("inferência verificável", "inferência privada e")).isEmpty();
    }

    @Test
    void findsACoordinatedPhraseInAnIndexedTextOnlyWhereTheTextAffirmsIt() {
        assertThat(Phrase.parse("GPUs descentralizadas").find(indexed("usa GPUs em nuvem e descentralizadas"))).isPresent();
        assertThat(Phrase.parse("GPUs descentralizadas").find(indexed("não usa GPUs em nuvem e descentralizadas"))).isEmpty();
    }

    @Test
    void matchesNumbersExactlyOrWithAPlural() {
        assertThat(find("4090", "RTX 4090s")).isPresent();
        assertThat(find("4090", "RTX 40901")).isEmpty();
    }

    @Test
    void matchesAWildcardAsAPrefixOfTheFoldedWord() {
        assertThat(find("descentraliz*", "rede DESCENTRALIZAÇÃO")).contains(new Span(5, 21));
        assertThat(find("zero-know*", "zero-knowledge")).isPresent();
        assertThat(find("descentraliz*", "centralizado")).isEmpty();
    }

    @Test
    void rejectsAPhraseWithoutWordsOrWithAStarInsideAWord() {
        assertThatThrownBy(() -> Phrase.parse("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no words");
        assertThatThrownBy(() -> Phrase.parse("a*b")).hasMessageContaining("* may only end a word");
        assertThatThrownBy(() -> Phrase.parse("ai -*")).hasMessageContaining("* must follow a word");
    }
}
