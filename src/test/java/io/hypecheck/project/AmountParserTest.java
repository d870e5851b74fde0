package io.hypecheck.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1200000         | 1200000",
        "$1.2B           | 1200000000",
        "350M            | 350000000",
        "12,000,000      | 12000000",
        "4.5k            | 4500",
        "4.5K            | 4500",
        "$ 2 bn          | 2000000000",
        "1.5 billion     | 1500000000",
        "3T              | 3000000000000",
        "US$ 3 bi        | 3000000000",
        "10 milhões      | 10000000",
        "'1,2 mi'        | 1200000",
        "'1,234.5'       | 1234.5",
        "250000 USD      | 250000",
        "0               | 0",
        "US$ 1.500 mi    | 1500000000",
        "1.234.567       | 1234567",
        "'2.500,5 mil'   | 2500500",
        "$1.500B         | 1500000000",
        "1.5 mi          | 1500000",
    })
    void readsTheAmountsAnalystsWrite(String text, String expected) {
        // when
        Optional<BigDecimal> amount = AmountParser.parse(text);

        // then
        assertThat(amount).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"lots", "", "   ", "$", "M", "1.2.3", "1.50.000", "1..5", "12,00,000", "1,2,3", "5 zillion", "1e6", "-5",
        "about 5M", "5M or so", "1_000", "R$ 4 bi", "€5M"})
    void rejectsWhatIsNotAnAmount(String text) {
        // when
        Optional<BigDecimal> amount = AmountParser.parse(text);

        // then
        assertThat(amount).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"  350M  ", "350 M", "350m"})
    void ignoresSpacingAndCaseAroundTheSuffix(String text) {
        // when
        Optional<BigDecimal> amount = AmountParser.parse(text);

        // then
        assertThat(amount).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("350000000"));
    }
}
