package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code rubrics list} and {@code rubrics types} in JSON, for scripts. */
class RubricsCommandTest {

    @Test
    void listsTheRubricsAsJson() throws Exception {
        // when
        CliResult result = CliResult.run("rubrics", "list", "-f", "json");

        // then
        assertThat(result.code()).isZero();
        JsonNode rubrics = new ObjectMapper().readTree(result.out()).path("rubrics");
        assertThat(rubrics.size()).isEqualTo(11);
        JsonNode zk = null;
        for (JsonNode r : rubrics) {
            if (r.path("id").asText().equals("zk-ai")) {
                zk = r;
            }
        }
        assertThat(zk).isNotNull();
        assertThat(zk.path("stance").asText()).isEqualTo("hyped");
        assertThat(zk.path("cites").path("section").asText()).isEqualTo("Estruturas ZK-AI");
        assertThat(zk.path("rules").get(0).has("why")).isTrue();
        assertThat(CliResult.run("rubrics", "list").out().lines().count()).isEqualTo(rubrics.size());
    }

    @Test
    void listsTheRuleTypesAsJsonWithTheirParameters() throws Exception {
        // when
        CliResult result = CliResult.run("rubrics", "types", "-f", "json");

        // then
        assertThat(result.code()).isZero();
        JsonNode types = new ObjectMapper().readTree(result.out()).path("types");
        assertThat(types.findValuesAsText("name")).contains("phrase", "regex", "range", "all", "not");
        JsonNode range = null;
        for (JsonNode t : types) {
            if (t.path("name").asText().equals("range")) {
                range = t;
            }
        }
        assertThat(range.path("origin").asText()).isEqualTo("built-in");
        assertThat(range.path("parameters").toString()).contains("\"field\"", "\"min\"", "\"max\"");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        // when
        CliResult result = CliResult.run("rubrics", "types", "-f", "yaml");

        // then
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: --format: expected text or json, got 'yaml'\n");
    }
}
