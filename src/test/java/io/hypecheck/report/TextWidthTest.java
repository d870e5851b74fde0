package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terminal columns as wcwidth counts them: the first and last code point of every wide range, and their neighbours. */
class TextWidthTest {

    @ParameterizedTest(name = "U+{0}..U+{1}")
    @CsvSource({"1100, 115F", "2E80, 303E", "3041, 33FF", "3400, 4DBF", "4E00, 9FFF", "A000, A4CF", "AC00, D7A3",
        "F900, FAFF", "FE30, FE4F", "FF00, FF60", "FFE0, FFE6", "1F300, 1F64F", "1F900, 1F9FF", "20000, 3FFFD"})
    void eachWideRangeTakesTwoColumnsFromItsFirstToItsLastCodePoint(String first, String last) {
        // given
        int from = Integer.parseInt(first, 16);
        int to = Integer.parseInt(last, 16);

        // when / then
        assertThat(TextWidth.columns(from)).isEqualTo(2);
        assertThat(TextWidth.columns(to)).isEqualTo(2);
        assertThat(TextWidth.of(Character.toString(from) + Character.toString(to))).isEqualTo(4);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"10FF", "1160", "2E7F", "303F", "3040", "4DC0", "A4D0", "ABFF", "D7A4", "F8FF", "FB00", "FE50",
        "FEFE", "FF61", "FFDF", "FFE7", "1F2FF", "1F650", "1F8FF", "1FA00", "1FFFF", "3FFFE", "41", "E9"})
    void aCodePointJustOutsideTheWideRangesTakesOneColumn(String codePoint) {
        assertThat(TextWidth.columns(Integer.parseInt(codePoint, 16))).isEqualTo(1);
    }

    @Test
    void combiningMarksFormatCharactersAndZeroWidthSpacesTakeNone() {
        // given: e + combining acute (Mn), enclosing circle (Me), zero-width joiner (Cf), zero-width space, BOM
        String text = "e\u0301\u20DD\u200D\u200B\uFEFF";

        // when / then
        assertThat(TextWidth.of(text)).isEqualTo(1);
    }

    @Test
    void fitKeepsTextThatFitsAndCutsTheRestWithAnEllipsisInTheLastColumn() {
        // then: exactly the width is kept whole; one more is cut to width - 1 plus the ellipsis
        assertThat(TextWidth.fit("abcde", 5)).isEqualTo("abcde");
        assertThat(TextWidth.fit("abcdef", 5)).isEqualTo("abcd…");
        assertThat(TextWidth.of(TextWidth.fit("abcdef", 5))).isEqualTo(5);
    }

    @Test
    void fitNeverSplitsAWideCharacterAcrossTheLimit() {
        // given: 日本語 takes six columns
        String text = "日本語";

        // when / then: five columns hold 日本 (four) and the ellipsis; four hold 日 and the ellipsis
        assertThat(TextWidth.fit(text, 6)).isEqualTo(text);
        assertThat(TextWidth.fit(text, 5)).isEqualTo("日本…");
        assertThat(TextWidth.fit(text, 4)).isEqualTo("日…");
        assertThat(TextWidth.fit("a日本", 4)).isEqualTo("a日…");
    }
}
