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
        return JSON.readTree(new SarifRenderer(ReportFixtures.OPTIONS).render(ReportFixtures.scenario(scenario)));
    }

    private static final SarifLocation AS_GIVEN = new SarifLocation(Optional.empty());

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
    void alertsOnHypeFindingsAndInvalidFilesButNotOnSubstance() throws Exception {
        // when
        JsonNode run = sarif("invalid-file").path("runs").get(0);

        // then: 2 invalid files, then gamma's 4, beta's 2 and alpha's 1 hype findings
        List<String> results = new ArrayList<>();
        run.path("results").forEach(r -> results.add(r.path("level").asText() + " " + r.path("ruleId").asText()));
        assertThat(results).containsExactly("error hypecheck/invalid-file", "error hypecheck/invalid-file",
                "warning zk-large-model-proofs", "warning rc-billion-cap-without-use", "warning rc-buzzwords",
                "warning rc-no-public-code", "warning cf-points-without-payout", "warning rc-buzzwords", "warning rc-buzzwords");
        List<String> rules = new ArrayList<>();
        run.path("tool").path("driver").path("rules").forEach(r -> rules.add(r.path("id").asText()));
        assertThat(rules).doesNotContain("sm-open-small-weights", "rc-live-product", "aw-agents-in-production");
    }

    @Test
    void locatesAFindingAtItsFirstEvidenceRelativeToTheSourceRoot() throws Exception {
        // when
        JsonNode gamma = sarif("several").path("runs").get(0).path("results").get(0);

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
        JsonNode noEvidence = results.get(5);
        assertThat(noEvidence.path("ruleId").asText()).isEqualTo("rc-no-public-code");
        assertThat(noEvidence.path("locations").get(0).path("physicalLocation").path("region").toString())
                .isEqualTo("{\"startLine\":1}");
        JsonNode atColumn = results.get(0);
        assertThat(atColumn.path("locations").get(0).path("physicalLocation").path("region").toString())
                .isEqualTo("{\"startLine\":4,\"startColumn\":19}");
        JsonNode wholeFile = results.get(1);
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
        assertThat(SarifFingerprint.of("zk-large-model-proofs", "gamma", "claims[0]"))
                .isEqualTo(JSON.readTree(before).path("hypecheck/v1").asText())
                .isNotEqualTo(SarifFingerprint.of("zk-large-model-proofs", "beta", "claims[0]"));
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
        assertThat(AS_GIVEN.physical(file, io.hypecheck.api.Location.at(1, 1))
                .path("artifactLocation").path("uri").asText()).isEqualTo(uri);
    }

    @Test
    void writesAbsolutePathsAsFileUrisWithoutABase() {
        // when
        JsonNode artifact = AS_GIVEN.physical("/srv/watch list/x.yaml", io.hypecheck.api.Location.at(1, 1))
                .path("artifactLocation");

        // then
        assertThat(artifact.path("uri").asText()).isEqualTo("file:///srv/watch%20list/x.yaml");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void putsOneResultPerContradictedClaimAtTheClaimNamingTheEvidence() throws Exception {
        // when: without --show-suppressed, so the exempted project's claims are left out
        JsonNode run = JSON.readTree(new SarifRenderer().render(ReportFixtures.scenario("claims"))).path("runs").get(0);
        List<JsonNode> claims = new ArrayList<>();
        run.path("results").forEach(r -> {
            if (r.path("ruleId").asText().equals(SarifRules.CONTRADICTED_CLAIM)) {
                claims.add(r);
            }
        });

        // then: epsilon's two contradicted claims, each at its own line, UTF-16 columns past the astral 𝔡
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).path("message").path("text").asText()).isEqualTo("Claim \"Fully open source and audited\" "
                + "in Epsilon Net is contradicted by code.open_source = \"false\" (samples/epsilon.yaml:8)");
        assertThat(claims.get(0).path("locations").get(0).path("physicalLocation").path("region").toString())
                .isEqualTo("{\"startLine\":3,\"startColumn\":5,\"endLine\":3,\"endColumn\":34}");
        assertThat(claims.get(1).path("message").path("text").asText()).isEqualTo("Claim \"Rede 𝔡escentralizada de verdade\" "
                + "in Epsilon Net is contradicted by compute.depends_on[0] = \"openai\" (samples/epsilon.yaml:10)");
        assertThat(claims.get(1).path("locations").get(0).path("physicalLocation").path("region").path("endColumn").asInt())
                .isEqualTo(40);
        assertThat(claims.get(1).path("relatedLocations").get(0).path("physicalLocation").path("region")
                .path("startLine").asInt()).isEqualTo(10);
        assertThat(claims).allMatch(r -> r.path("level").asText().equals("warning"))
                .allMatch(r -> r.path("ruleIndex").asInt() == 0).noneMatch(r -> r.has("suppressions"));
        assertThat(claims.get(0).path("partialFingerprints").path("hypecheck/v1").asText())
                .isNotEqualTo(claims.get(1).path("partialFingerprints").path("hypecheck/v1").asText());
        JsonNode rule = run.path("tool").path("driver").path("rules").get(0);
        assertThat(rule.path("id").asText()).isEqualTo(SarifRules.CONTRADICTED_CLAIM);
        assertThat(rule.path("help").path("text").asText()).contains("distortion field")
                .endsWith("Article: \"Distorção da realidade Web3-AI\" (The Web3-AI reality distortion field)");
        assertThat(run.path("results")).noneMatch(r -> r.path("properties").path("project").asText().equals("zeta"));
    }

    @Test
    void carriesTheClaimsOfAnExemptedRuleAsSuppressedResultsWhenAsked() throws Exception {
        // when: the golden options show suppressed results
        JsonNode results = sarif("claims").path("runs").get(0).path("results");
        List<JsonNode> zeta = new ArrayList<>();
        results.forEach(r -> {
            if (r.path("properties").path("project").asText().equals("zeta")) {
                zeta.add(r);
            }
        });

        // then: its finding and both its claims, each suppressed by the project's exemption
        assertThat(zeta).extracting(r -> r.path("ruleId").asText())
                .containsExactly("rc-contradicted-claims", SarifRules.CONTRADICTED_CLAIM, SarifRules.CONTRADICTED_CLAIM);
        assertThat(zeta).allMatch(r -> r.path("suppressions").get(0).path("justification").asText()
                .equals("the closed part is the optional wallet; the protocol is open"));
    }

    @Test
    void leavesSuppressedFindingsOutUnlessAskedToShowThem() throws Exception {
        // when
        JsonNode results = JSON.readTree(new SarifRenderer().render(ReportFixtures.scenario("suppression")))
                .path("runs").get(0).path("results");

        // then
        assertThat(results).isNotEmpty().noneMatch(r -> r.has("suppressions"))
                .noneMatch(r -> r.path("ruleId").asText().equals("rc-billion-cap-without-use"));
    }

    @Test
    void makesUrisRelativeToTheSourceRootAndAbsoluteOutsideIt() {
        // given: the source root is the folder above the working folder
        Path cwd = Path.of("").toAbsolutePath();
        SarifLocation places = new SarifLocation(Optional.of(cwd.getParent()));

        // when
        JsonNode inside = places.physical("samples/x.yaml", io.hypecheck.api.Location.at(1, 1)).path("artifactLocation");
        JsonNode outside = places.physical("../../x.yaml", io.hypecheck.api.Location.at(1, 1)).path("artifactLocation");

        // then
        assertThat(inside.path("uri").asText()).isEqualTo(SarifLocation.encode(cwd.getFileName() + "/samples/x.yaml"));
        assertThat(inside.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(outside.path("uri").asText()).startsWith("file:///").doesNotContain("..");
        assertThat(outside.has("uriBaseId")).isFalse();
    }

    @Test
    void namesStandardInputStdin() {
        // when
        JsonNode artifact = AS_GIVEN.physical("-", 1, 0).path("artifactLocation");

        // then
        assertThat(artifact.path("uri").asText()).isEqualTo("%3Cstdin%3E");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void cutsResultsToGithubsLimitKeepingTheWorstAndSaysSo() throws Exception {
        // given: 1,300 hype projects of 4 hype findings each, and one invalid file
        List<io.hypecheck.score.ProjectScore> many = new ArrayList<>();
        for (int i = 0; i < 1300; i++) {
            many.add(ReportFixtures.gamma());
        }
        many.add(0, ReportFixtures.alpha());
        Report report = new Report("1", many, ReportFixtures.errors().subList(0, 1));
        SarifRenderer renderer = new SarifRenderer();

        // when
        JsonNode run = JSON.readTree(renderer.render(report)).path("runs").get(0);

        // then
        assertThat(run.path("results")).hasSize(SarifResults.LIMIT);
        assertThat(run.path("results").get(0).path("ruleId").asText()).isEqualTo(SarifRules.INVALID_FILE);
        assertThat(run.path("properties").path("results_left_out").asInt()).isEqualTo(5202 - 5000);
        assertThat(renderer.warnings(report)).containsExactly("sarif: 5202 results cut to the first 5000 "
                + "(GitHub code scanning keeps no more); 202 hype findings and contradicted claims of the best-scoring projects "
                + "were left out");
        assertThat(renderer.warnings(ReportFixtures.scenario("several"))).isEmpty();
    }

    @Test
    void namesRulesInPascalCase() {
        assertThat(SarifRules.name("zk-large-model-proofs")).isEqualTo("ZkLargeModelProofs");
    }
}
