package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.InvalidRuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Regular expressions are checked before RE2 compiles them: unsupported features by name, program size bounded. */
class RegexLimitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "(\\w+) \\1 => backreferences ('\\1') are not supported",
        "(?<w>x)\\k<w> => backreferences ('\\k') are not supported",
        "ai(?= token) => lookahead ('(?=' and '(?!') is not supported",
        "(?<!not )ai => lookbehind ('(?<=' and '(?<!') is not supported",
        "(?>ab|a)c => atomic groups ('(?>') are not supported",
        "a++ => possessive quantifiers",
        "(a{1000}){1000} => pattern too large: about 1003001 instructions",
        "((x|y){40}){40} => pattern too large",
        "[a-z]{1001} => repetition count 1001 is more than 1000",
    })
    void rejectsWithAMessageThatNamesTheProblem(String pattern, String message) {
        assertThatThrownBy(() -> RegexLimits.check(pattern)).isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {"\\b\\d+x faster", "(?i:abc)(?P<n>d)", "[{(]x{2,}\\Q(?=\\E", "a{,5}", "x[^.;]{0,80}y"})
    void acceptsOrdinaryPatterns(String pattern) {
        assertThatCode(() -> RegexLimits.check(pattern)).doesNotThrowAnyException();
    }

    static Stream<String> builtInPatterns() throws IOException {
        java.util.List<String> patterns = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            for (Path file : files.sorted().toList()) {
                Matcher m = java.util.regex.Pattern.compile("pattern: '([^']*+(?:''[^']*+)*+)'").matcher(Files.readString(file));
                while (m.find()) {
                    patterns.add(m.group(1).replace("''", "'"));
                }
            }
        }
        return patterns.stream();
    }

    @ParameterizedTest
    @MethodSource("builtInPatterns")
    void acceptsEveryBuiltInPattern(String pattern) {
        assertThatCode(() -> RegexLimits.check(pattern)).doesNotThrowAnyException();
    }
}
