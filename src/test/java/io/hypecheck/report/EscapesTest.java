package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** XML, HTML and terminal escaping at the ends of every range of characters they keep or replace. */
class EscapesTest {

    private static String of(String hex) {
        return Character.toString(Integer.parseInt(hex, 16));
    }

    @ParameterizedTest(name = "U+{0} kept: {1}")
    @CsvSource({"1F, false", "20, true", "D7FF, true", "E000, true", "FFFD, true", "FFFE, false", "10000, true",
        "10FFFF, true", "B, false"})
    void xmlKeepsOnlyTheCharactersXmlCanCarry(String hex, boolean kept) {
        assertThat(XmlText.text(of(hex))).isEqualTo(kept ? of(hex) : "\uFFFD");
        assertThat(XmlText.attribute(of(hex))).isEqualTo(kept ? of(hex) : "\uFFFD");
    }

    @ParameterizedTest(name = "U+{0} kept: {1}")
    @CsvSource({"1F, false", "20, true", "7E, true", "7F, false", "9F, false", "A0, true", "9, true", "A, true",
        "D7FF, true", "D800, false", "DFFF, false", "E000, true", "FDCF, true", "FDD0, false", "FDEF, false", "FDF0, true",
        "FFFE, false", "1FFFF, false", "2029, true", "202A, false", "202E, false", "202F, true", "2065, true",
        "2066, false", "2069, false", "206A, true"})
    void htmlReplacesControlsSurrogatesNonCharactersAndBidiOverrides(String hex, boolean kept) {
        assertThat(HtmlText.escape(of(hex))).isEqualTo(kept ? of(hex) : "\uFFFD");
    }

    @ParameterizedTest(name = "U+{0} escaped: {1}")
    @CsvSource({"2029, ''", "202A, \\u202A", "202E, \\u202E", "202F, ''", "2065, ''", "2066, \\u2066", "2069, \\u2069",
        "206A, ''", "200E, \\u200E", "200F, \\u200F", "61C, \\u061C", "1B, \\x1B", "7F, \\x7F", "85, \\x85"})
    void terminalTextShowsControlsAndBidiMarksAsEscapes(String hex, String escape) {
        String text = "a" + of(hex) + "b";
        assertThat(SafeText.line(text)).isEqualTo(escape.isEmpty() ? text : "a" + escape + "b");
        assertThat(SafeText.lines(text + "\n\tc")).isEqualTo((escape.isEmpty() ? text : "a" + escape + "b") + "\n\tc");
    }
}
