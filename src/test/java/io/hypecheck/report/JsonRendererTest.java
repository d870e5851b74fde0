package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRendererTest {

    static List<String> scenarios() {
        return ReportFixtures.scenarios();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void streamedReportIsTheTextOfTheWholeDocument(String scenario) throws Exception {
        // given
        Report report = ReportFixtures.scenario(scenario);
        StringWriter out = new StringWriter();

        // when
        new JsonRenderer().render(report, out);

        // then
        assertThat(out.toString()).isEqualTo(JsonText.write(JsonReport.document(report)));
    }
}
