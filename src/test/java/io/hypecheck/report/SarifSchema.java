package io.hypecheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.Set;

/**
 * The official SARIF 2.1.0 JSON schema from the shared folder ({@code hypecheck.shared}, which
 * the pom sets, else {@code ../shared}); it is not copied into the project, and is read offline:
 * its own id is mapped to the local file so no reference goes to the network.
 */
final class SarifSchema {

    private static final String FILE = "sarif-schema-2.1.0.json";

    private SarifSchema() {
    }

    /** The schema file, when the shared folder is there. */
    static Optional<Path> file() {
        String shared = System.getProperty("hypecheck.shared");
        Path root = shared == null || shared.isBlank() ? Paths.get("..", "shared") : Paths.get(shared);
        Path file = root.resolve("schemas").resolve(FILE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The validator for the schema in {@code file}, format assertions on. */
    static JsonSchema load(Path file) {
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            String id = node.path("id").asText(node.path("$id").asText(""));
            String local = file.toAbsolutePath().normalize().toUri().toString();
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node),
                    builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(id, local)));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return factory.getSchema(file.toAbsolutePath().normalize().toUri(), node, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a document. */
    static Set<ValidationMessage> violations(JsonSchema schema, JsonNode document) {
        return schema.validate(document);
    }
}
