package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Renderers that write to a stream instead of building the text give the same text. */
class StreamedRenderTest {

    static List<String> scenarios() {
        return ReportFixtures.scenarios();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void streamedJsonIsTheTextOfTheWholeDocument(String scenario) throws Exception {
        // given
        Report report = ReportFixtures.scenario(scenario);
        StringWriter out = new StringWriter();

        // when
        new JsonRenderer().render(report, out);

        // then
        assertThat(out.toString()).isEqualTo(JsonText.write(JsonReport.document(report)));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void streamedSarifIsTheRenderedText(String scenario) throws Exception {
        // given
        Report report = ReportFixtures.scenario(scenario);
        SarifRenderer sarif = new SarifRenderer(ReportFixtures.OPTIONS);
        StringWriter out = new StringWriter();

        // when
        sarif.render(report, out);

        // then
        assertThat(out.toString()).isEqualTo(sarif.render(report)).isNotEmpty();
    }
}
