package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.hypecheck.project.ProjectFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code hypecheck schema}: the JSON Schema editors use, checked against the samples and the format. */
class SchemaCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schemaTree;
    private static JsonSchema schema;

    @BeforeAll
    static void printSchema() throws IOException {
        CliResult result = CliResult.run("schema");
        assertThat(result.code()).isZero();
        assertThat(result.err()).isEmpty();
        schemaTree = JSON.readTree(result.out());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaTree);
    }

    /** A YAML file as the JSON an editor's YAML 1.2 server sees: timestamps are plain strings. */
    private static JsonNode yamlAsJson(Reader yaml) {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return JSON.valueToTree(datesAsText(tree));
    }

    private static Object datesAsText(Object value) {
        if (value instanceof Date date) {
            SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
            day.setTimeZone(TimeZone.getTimeZone("UTC"));
            return day.format(date);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, datesAsText(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(datesAsText(v)));
            return out;
        }
        return value;
    }

    private static Set<ValidationMessage> validate(String yaml) {
        return schema.validate(yamlAsJson(new java.io.StringReader(yaml)));
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("samples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void printsADraft07SchemaAsJson() {
        // then (the schema was printed, exit 0, and parsed as JSON in printSchema)
        assertThat(schemaTree.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schemaTree.path("type").asText()).isEqualTo("object");
        assertThat(schemaTree.path("required").toString()).isEqualTo("[\"name\"]");
    }

    @Test
    void thereAreSamplesToCheck() throws IOException {
        // when / then
        assertThat(samples()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleValidates(Path sample) throws IOException {
        // given
        JsonNode document;
        try (Reader reader = Files.newBufferedReader(sample, StandardCharsets.UTF_8)) {
            document = yamlAsJson(reader);
        }

        // when
        Set<ValidationMessage> problems = schema.validate(document);

        // then
        assertThat(problems).as("problems in %s", sample).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "summary: no name\n",
        "name: X\ntoken:\n  market_cap_usd: true\n",
        "name: X\ntoken:\n  market_cap_usd: lots\n",
        "name: X\ntokn:\n  symbol: X\n",
        "name: X\nmodels:\n  - name: m\n    role: pretrained\n",
        "name: X\ntraction:\n  live: \"yes\"\n",
        "name: X\nteam:\n  size: -1\n",
        "name: X\nas_of: last week\n",
        "name: X\nwebsite: ritual.net\n",
        "name: X\nid: Not A Slug\n",
        "name: X\nclaims: one claim\n",
        "name: X\nfunding:\n  mechanisms: [lottery]\n",
    })
    void aWrongDocumentFailsValidation(String yaml) {
        // when
        Set<ValidationMessage> problems = validate(yaml);

        // then
        assertThat(problems).isNotEmpty();
    }

    @Test
    void acceptsEveryAmountSpelling() {
        // when / then
        for (String amount : List.of("1200000", "\"$1.2B\"", "350M", "\"12,000,000\"", "4.5k", "\"US$ 3 bi\"")) {
            assertThat(validate("name: X\ntoken:\n  market_cap_usd: " + amount + "\n")).as(amount).isEmpty();
        }
    }

    @Test
    void describesEveryPathOfTheFormat() {
        // when / then
        assertThat(ProjectFormat.paths()).isNotEmpty().allSatisfy(path -> {
            JsonNode node = schemaTree;
            for (String segment : path.split("\\.")) {
                boolean each = segment.endsWith("[]");
                node = node.path("properties").path(each ? segment.substring(0, segment.length() - 2) : segment);
                if (each) {
                    node = node.path("items");
                }
            }
            assertThat(node.isObject()).as("schema of %s", path).isTrue();
            assertThat(node.path("description").asText()).as("description of %s", path).isNotBlank();
        });
        assertThat(ProjectFormat.paths()).contains("models[].parameters_b", "audits[].url", "token.market_cap_usd");
    }

    @Test
    void forbidsFieldsTheFormatDoesNotHaveAtEveryLevel() {
        // when / then
        assertThat(validate("name: X\ntoken:\n  symbl: X\n")).isNotEmpty();
        assertThat(validate("name: X\nmodels:\n  - nme: m\n")).isNotEmpty();
    }
}
