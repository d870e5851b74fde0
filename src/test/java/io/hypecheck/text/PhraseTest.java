package io.hypecheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhraseTest {

    private static Optional<Span> find(String phrase, String text) {
        return Phrase.parse(phrase).find(Tokenizer.tokens(text));
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
