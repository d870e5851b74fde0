package io.hypecheck.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever a file holds, a message quoting it stays one line that cannot pose as another. */
class OneLineTest {

    @Test
    void escapesLineBreaksControlAndInvisibleCharacters() {
        assertThat(OneLine.escape("a\nb\rc\td\u0085e\u2028f\u2029g\u0000h\u202Ei\u200Bj"))
                .isEqualTo("a\\nb\\rc\\td\\u0085e\\u2028f\\u2029g\\u0000h\\u202Ei\\u200Bj");
    }

    @Test
    void keepsPrintableTextAndPairedSurrogatesButEscapesLoneOnes() {
        assertThat(OneLine.escape("Olá, 🚀 agentes")).isEqualTo("Olá, 🚀 agentes");
        assertThat(OneLine.escape("a\uD800b\uDC00")).isEqualTo("a\\uD800b\\uDC00");
    }

    @Test
    void cutsVeryLongText() {
        assertThat(OneLine.escape("x".repeat(5000))).hasSize(OneLine.MAX_LENGTH + 1).endsWith("…");
    }

    @Test
    void aDiagnosticAboutAFileNamedLikeAMessageStaysOneLine() {
        // given: a file name that would forge a second message or a workflow command
        Diagnostic d = Diagnostic.error("x.yaml\n::error file=y::forged", 1, 2, "bad\nvalue");

        // then
        // (the name holds colons, so it is quoted as well: it cannot pass for a position either)
        assertThat(d.format()).isEqualTo("\"x.yaml\\n::error file=y::forged\":1:2: bad\\nvalue").doesNotContain("\n");
        assertThat(new HypecheckException(ExitCode.USAGE, "a\r\nb").getMessage()).isEqualTo("a\\r\\nb");
    }
}
