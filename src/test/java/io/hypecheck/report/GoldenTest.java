package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format over every shared scenario, against the reviewed golden files. */
class GoldenTest {

    static Stream<Arguments> cases() {
        return ReportFixtures.scenarios().stream()
                .flatMap(scenario -> Renderers.names().stream().map(format -> Arguments.of(scenario, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void rendersTheScenarioAsItsGoldenFile(String scenario, String format) {
        // given
        Report report = ReportFixtures.scenario(scenario);
        Renderer renderer = Renderers.forName(format, ReportFixtures.OPTIONS);

        // when
        String text = renderer.render(report);

        // then
        GoldenFiles.assertMatches(scenario, format, text);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void rendersTheSameTextTwiceWithUnixLineEnds(String scenario, String format) {
        // given
        Report report = ReportFixtures.scenario(scenario);
        Renderer renderer = Renderers.forName(format, ReportFixtures.OPTIONS);

        // when
        String first = renderer.render(report);
        String second = renderer.render(report);

        // then
        assertThat(first).isEqualTo(second).doesNotContain("\r");
        assertThat(first.isEmpty() || first.endsWith("\n")).as("empty or ends with a newline").isTrue();
    }
}
