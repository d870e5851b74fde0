package io.hypecheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsOnPunctuationHyphensSlashesAndUnderscoresKeepingOffsets() {
        // when
        List<Token> tokens = Tokenizer.tokens("Zero-Knowledge/zkML_v2, 100x!");

        // then
        assertThat(tokens).extracting(Token::folded, Token::start, Token::end).containsExactly(
                tuple("zero", 0, 4), tuple("knowledge", 5, 14), tuple("zkml", 15, 19), tuple("v2", 20, 22),
                tuple("100x", 24, 28));
    }

    @Test
    void keepsAccentsInLowerAndDropsThemInFolded() {
        // when
        Token token = Tokenizer.tokens("  Inteligência").get(0);

        // then
        assertThat(token.lower()).isEqualTo("inteligência");
        assertThat(token.folded()).isEqualTo("inteligencia");
        assertThat(token.start()).isEqualTo(2);
        assertThat(token.end()).isEqualTo(14);
    }

    @Test
    void keepsDecomposedAccentsInsideTheWordAndOffsetsInTheOriginalString() {
        // given: "é" written as e + combining acute accent (two chars)
        String text = "re\u0301de ok";

        // when
        List<Token> tokens = Tokenizer.tokens(text);

        // then
        assertThat(tokens).extracting(Token::folded, Token::start, Token::end)
                .containsExactly(tuple("rede", 0, 5), tuple("ok", 6, 8));
    }

    @Test
    void findsNoWordsInPunctuation() {
        assertThat(Tokenizer.tokens(" -- / ... ")).isEmpty();
    }
}
