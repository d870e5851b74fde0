package io.hypecheck.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @Test
    void readsAFullDate() {
        // when / then
        assertThat(DateParser.parse("2024-07-15")).contains(LocalDate.of(2024, 7, 15));
    }

    @Test
    void readsAMonthAsItsFirstDay() {
        // when / then
        assertThat(DateParser.parse("2024-07")).contains(LocalDate.of(2024, 7, 1));
    }

    @Test
    void readsAYearAloneAsItsFirstDay() {
        // given the year alone, as analysts often know only the year a project launched; then 1 January
        assertThat(DateParser.parse("2023")).contains(LocalDate.of(2023, 1, 1));
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        // when / then
        assertThat(DateParser.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void ignoresSurroundingSpaces() {
        // when / then
        assertThat(DateParser.parse(" 2025-04 ")).contains(LocalDate.of(2025, 4, 1));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"2024-13", "2024-00", "2024-02-30", "2023-02-29", "2024-04-31", "2024-01-00",
        "2024-1", "2024-01-1", "24-01-01", "202", "20245", "2024/01/01", "01-02-2024", "2024-01-01T10:00:00",
        "2024-01-01 10:00:00", "yesterday", ""})
    void rejectsInvalidDates(String text) {
        // when / then
        assertThat(DateParser.parse(text)).isEmpty();
    }
}
