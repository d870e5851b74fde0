package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.hypecheck.api.Basis;
import io.hypecheck.api.Provenance;
import io.hypecheck.claims.ClaimStatus;
import io.hypecheck.cli.CliResult;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import io.hypecheck.rubric.Stance;
import io.hypecheck.score.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON report's schema, schema/report.schema.json (draft-07, as the project format's), holds
 * for what hypecheck writes: the samples, the evaluation set's dev half, every report scenario (a
 * baseline, suppressions, errors, claims), and each NDJSON line as a project. It declares every
 * key, so a key it does not know fails here, and its enums are the code's.
 */
class ReportSchemaTest {

    private static final Path SCHEMA = Path.of("schema/report.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schemaNode;
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        schemaNode = JSON.readTree(SCHEMA.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(schemaNode, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static Set<ValidationMessage> violations(JsonNode document) {
        return schema.validate(document);
    }

    private static JsonNode report(String... args) {
        CliResult result = CliResult.run(args);
        assertThat(result.code()).as(result.err()).isIn(0, 1, 3);
        try {
            return JSON.readTree(result.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSamplesReportHoldsToTheSchema() {
        // when
        JsonNode report = report("score", "samples/", "-f", "json", "--today", "2026-11-24");

        // then
        assertThat(report.path("projects")).hasSize(12);
        assertThat(violations(report)).isEmpty();
    }

    @Test
    void theEvaluationSetsReportAgainstABaselineHoldsToTheSchema() {
        // given: the samples' report as a baseline, so delta, new, previous_verdict and baseline.removed are written
        String baseline = "target/report-schema-baseline.json";
        CliResult first = CliResult.run("score", "samples/", "-f", "json=" + baseline, "--today", "2026-11-24");

        // when
        JsonNode report = report("score", "src/test/resources/eval/dev", "-f", "json", "--today", "2026-11-24",
                "--baseline", baseline);

        // then
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(report.path("projects").size()).isGreaterThan(20);
        assertThat(report.path("baseline").path("removed")).isNotEmpty();
        assertThat(violations(report)).isEmpty();
    }

    static List<String> scenarios() {
        return ReportFixtures.scenarios();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyScenarioHoldsToTheSchemaAndEachNdjsonLineIsAProject(String scenario) throws IOException {
        // given
        Report report = ReportFixtures.scenario(scenario);

        // when
        JsonNode json = JSON.readTree(new JsonRenderer().render(report));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new NdjsonRenderer().render(report).lines().toList()) {
            ObjectNode wrapped = (ObjectNode) JSON.readTree(new JsonRenderer().render(ReportFixtures.scenario("empty")));
            wrapped.putArray("projects").add(JSON.readTree(line));
            lines.add(wrapped);
        }

        // then
        assertThat(violations(json)).isEmpty();
        assertThat(lines).hasSize(report.projects().size()).allMatch(line -> violations(line).isEmpty());
    }

    @Test
    void aKeyTheSchemaDoesNotDeclareFailsAtEveryLevel() throws IOException {
        // given
        JsonNode report = JSON.readTree(new JsonRenderer().render(ReportFixtures.scenario("claims")));
        List<Function<ObjectNode, ObjectNode>> places = List.of(
                root -> root,
                root -> (ObjectNode) root.path("summary"),
                root -> (ObjectNode) root.path("projects").get(0),
                root -> (ObjectNode) root.path("projects").get(0).path("findings").get(0),
                root -> (ObjectNode) root.path("projects").get(0).path("findings").get(0).path("evidence").get(0),
                root -> (ObjectNode) root.path("projects").get(0).path("suppressed").get(0),
                root -> (ObjectNode) root.path("projects").get(0).path("claims").get(0),
                root -> (ObjectNode) root.path("projects").get(0).path("support"));

        // then
        for (Function<ObjectNode, ObjectNode> place : places) {
            ObjectNode copy = report.deepCopy();
            place.apply(copy).put("surprise", 1);
            assertThat(violations(copy)).as("an extra key in %s", place.apply(copy)).isNotEmpty();
        }
        assertThat(violations(report)).isEmpty();
    }

    @Test
    void aWrongValueFails() throws IOException {
        // given
        ObjectNode report = (ObjectNode) JSON.readTree(new JsonRenderer().render(ReportFixtures.scenario("several")));
        ((ObjectNode) report.path("projects").get(0)).put("verdict", "great").put("confidence", 1.5);
        ((ObjectNode) report.path("projects").get(0)).remove("claims");

        // then
        assertThat(violations(report)).hasSizeGreaterThanOrEqualTo(3);
    }

    private static List<String> schemaEnum(String definition) {
        List<String> values = new ArrayList<>();
        schemaNode.path("definitions").path(definition).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> schemaEnumAt(String pointer) {
        List<String> values = new ArrayList<>();
        schemaNode.at(pointer).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void theSchemasEnumsAreTheCodesValues() {
        assertThat(schemaEnum("verdict")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Verdict.values()).map(Verdict::id).toList());
        assertThat(schemaEnum("effect")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Effect.values()).map(Effect::id).toList());
        assertThat(schemaEnum("stance")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Stance.values()).map(Stance::id).toList());
        assertThat(schemaEnum("kind")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Kind.values()).map(Kind::id).toList());
        assertThat(schemaEnumAt("/definitions/evidence/properties/basis")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Basis.values()).map(Basis::id).toList());
        assertThat(schemaEnumAt("/definitions/evidence/properties/provenance")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Provenance.values()).map(Provenance::id).toList());
        assertThat(schemaEnumAt("/definitions/project/properties/claims/items/properties/status"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ClaimStatus.values()).map(ClaimStatus::id).toList());
    }
}
