package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SarifRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> scenarios() {
        return ReportFixtures.scenarios();
    }

    private static JsonNode sarif(String scenario) throws Exception {
        return JSON.readTree(new SarifRenderer().render(ReportFixtures.scenario(scenario)));
    }

    private static JsonSchema schema() {
        Optional<Path> file = SarifSchema.file();
        assumeTrue(file.isPresent(), "the official SARIF schema is not here (../shared/schemas/sarif-schema-2.1.0.json, "
                + "or -Dhypecheck.shared): skipped, as the schema is not copied into the project");
        return SarifSchema.load(file.get());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void validatesAgainstTheOfficialSarifSchema(String scenario) throws Exception {
        // given
        JsonSchema schema = schema();

        // when
        JsonNode document = sarif(scenario);

        // then
        assertThat(SarifSchema.violations(schema, document)).isEmpty();
    }

    @Test
    void theSchemaCheckRejectsABrokenDocument() throws Exception {
        // given
        JsonSchema schema = schema();
        ObjectNode document = (ObjectNode) sarif("invalid-file");
        ((ObjectNode) document.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        ((ObjectNode) document.path("runs").get(0).path("results").get(1).path("locations").get(0)
                .path("physicalLocation").path("region")).put("startLine", 0);

        // when / then
        assertThat(SarifSchema.violations(schema, document)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void listsEachFiredRuleOnceSortedByIdAndPointsResultsAtThem() throws Exception {
        // when
        JsonNode run = sarif("invalid-file").path("runs").get(0);

        // then
        List<String> ids = new ArrayList<>();
        run.path("tool").path("driver").path("rules").forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).isSorted().doesNotHaveDuplicates().contains("rc-buzzwords", SarifRules.INVALID_FILE);
        for (JsonNode result : run.path("results")) {
            assertThat(ids.get(result.path("ruleIndex").asInt())).isEqualTo(result.path("ruleId").asText());
        }
    }

    @Test
    void marksHypeAsWarningsSubstanceAsNotesAndFileErrorsAsErrors() throws Exception {
        // when
        JsonNode results = sarif("invalid-file").path("runs").get(0).path("results");

        // then
        for (JsonNode result : results) {
            String rule = result.path("ruleId").asText();
            String expected = rule.equals(SarifRules.INVALID_FILE) ? "error"
                    : rule.equals("sm-open-small-weights") || rule.equals("rc-live-product")
                    || rule.equals("aw-agents-in-production") ? "note" : "warning";
            assertThat(result.path("level").asText()).as(rule).isEqualTo(expected);
        }
    }

    @Test
    void locatesAFindingAtItsFirstEvidenceRelativeToTheSourceRoot() throws Exception {
        // when
        JsonNode gamma = sarif("several").path("runs").get(0).path("results").get(6);

        // then
        assertThat(gamma.path("ruleId").asText()).isEqualTo("zk-large-model-proofs");
        JsonNode location = gamma.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("samples/gamma.yaml");
        assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.path("region").toString())
                .isEqualTo("{\"startLine\":3,\"startColumn\":16,\"endLine\":3,\"endColumn\":50}");
    }

    @Test
    void putsAFindingWithoutEvidenceAndAWholeFileErrorOnLineOneAndAnErrorAtItsColumn() throws Exception {
        // when
        JsonNode results = sarif("invalid-file").path("runs").get(0).path("results");

        // then
        JsonNode noEvidence = results.get(8);
        assertThat(noEvidence.path("ruleId").asText()).isEqualTo("rc-no-public-code");
        assertThat(noEvidence.path("locations").get(0).path("physicalLocation").path("region").toString())
                .isEqualTo("{\"startLine\":1}");
        JsonNode atColumn = results.get(results.size() - 2);
        assertThat(atColumn.path("locations").get(0).path("physicalLocation").path("region").toString())
                .isEqualTo("{\"startLine\":4,\"startColumn\":19}");
        JsonNode wholeFile = results.get(results.size() - 1);
        assertThat(wholeFile.path("locations").get(0).path("physicalLocation").path("region").toString())
                .isEqualTo("{\"startLine\":1}");
    }

    @Test
    void keepsFingerprintsAcrossRunsAndAcrossLineMoves() throws Exception {
        // given
        String before = sarif("several").path("runs").get(0).path("results").get(0).path("partialFingerprints").toString();

        // when
        String again = sarif("several").path("runs").get(0).path("results").get(0).path("partialFingerprints").toString();

        // then
        assertThat(again).isEqualTo(before).matches("\\{\"hypecheck/v1\":\"[0-9a-f]{32}\"}");
        assertThat(SarifFingerprint.of("sm-open-small-weights", "alpha", "models[0].open_weights"))
                .isEqualTo(JSON.readTree(before).path("hypecheck/v1").asText())
                .isNotEqualTo(SarifFingerprint.of("sm-open-small-weights", "beta", "models[0].open_weights"));
    }

    @Test
    void carriesSuppressedFindingsAsExternallySuppressedResults() throws Exception {
        // when
        JsonNode results = sarif("suppression").path("runs").get(0).path("results");

        // then
        List<JsonNode> suppressed = new ArrayList<>();
        results.forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r);
            }
        });
        assertThat(suppressed).singleElement().satisfies(r -> {
            assertThat(r.path("ruleId").asText()).isEqualTo("rc-billion-cap-without-use");
            assertThat(r.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
            assertThat(r.path("suppressions").get(0).path("justification").asText())
                    .isEqualTo("market cap from a stale aggregator, see issue #12");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "./samples/x.yaml, samples/x.yaml",
        "samples\\win\\x.yaml, samples/win/x.yaml",
        "my dir/ação.yaml, my%20dir/a%C3%A7%C3%A3o.yaml",
        "a:b/x#1.yaml, a%3Ab/x%231.yaml"})
    void writesRelativePathsAsEncodedUriReferences(String file, String uri) {
        assertThat(SarifLocation.physical(file, io.hypecheck.api.Location.at(1, 1))
                .path("artifactLocation").path("uri").asText()).isEqualTo(uri);
    }

    @Test
    void writesAbsolutePathsAsFileUrisWithoutABase() {
        // when
        JsonNode artifact = SarifLocation.physical("/srv/watch list/x.yaml", io.hypecheck.api.Location.at(1, 1))
                .path("artifactLocation");

        // then
        assertThat(artifact.path("uri").asText()).isEqualTo("file:///srv/watch%20list/x.yaml");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void namesRulesInPascalCase() {
        assertThat(SarifRules.name("zk-large-model-proofs")).isEqualTo("ZkLargeModelProofs");
    }
}
