package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NdjsonRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> scenarios() {
        return ReportFixtures.scenarios();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void eachLineIsTheProjectEntryOfTheJsonReport(String scenario) throws Exception {
        // given
        Report report = ReportFixtures.scenario(scenario);
        JsonNode document = JSON.readTree(new JsonRenderer().render(report));

        // when
        List<String> lines = new NdjsonRenderer().render(report).lines().toList();

        // then
        assertThat(lines).hasSize(report.projects().size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(JSON.readTree(lines.get(i))).isEqualTo(document.path("projects").get(i));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void printsNothingButProjectObjects(String scenario) throws Exception {
        // when
        String text = new NdjsonRenderer().render(ReportFixtures.scenario(scenario));

        // then
        for (String line : text.lines().toList()) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).isTrue();
            assertThat(node.path("rank").isInt()).isTrue();
        }
    }
}
