package io.hypecheck.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft-07) of the project format, derived from {@link ProjectFormat} so the
 * two cannot drift apart. Editors use it through {@code # yaml-language-server: $schema=...}.
 */
public final class ProjectSchema {

    /** The schema's {@code $id}. */
    public static final String ID = "https://hypecheck.dev/schemas/project-1.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String AMOUNT_PATTERN =
            "^\\s*(US\\$|\\$)?\\s*[0-9][0-9,]*(\\.[0-9]+)?\\s*[A-Za-z]*\\s*(USD)?\\s*$";

    private ProjectSchema() {
    }

    /** The whole schema. */
    public static ObjectNode schema() {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("$id", ID);
        schema.put("title", "hypecheck project file");
        ObjectNode root = node(ProjectFormat.root());
        root.putArray("required").add("name");
        schema.setAll(root);
        return schema;
    }

    private static ObjectNode node(Field field) {
        ObjectNode node = JSON.objectNode();
        if (!field.description().isEmpty()) {
            node.put("description", field.description());
        }
        switch (field.kind()) {
            case TEXT -> node.put("type", "string").put("minLength", 1);
            case SLUG -> node.put("type", "string").put("pattern", "^[a-z0-9][a-z0-9._-]*$");
            case URL -> node.put("type", "string").put("format", "uri").put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://");
            case INT -> node.put("type", "integer").put("minimum", 0);
            case NUMBER -> node.put("type", "number").put("minimum", 0);
            case AMOUNT -> {
                node.putArray("oneOf").add(JSON.objectNode().put("type", "number").put("minimum", 0))
                        .add(JSON.objectNode().put("type", "string").put("pattern", AMOUNT_PATTERN));
            }
            case BOOL -> node.put("type", "boolean");
            case DATE -> node.put("type", "string").put("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
            case CHOICE -> field.choices().forEach(node.putArray("enum")::add);
            case OBJECT -> {
                node.put("type", "object");
                ObjectNode properties = node.putObject("properties");
                field.fields().values().forEach(child -> properties.set(child.name(), node(child)));
                node.put("additionalProperties", false);
            }
            case LIST -> {
                node.put("type", "array");
                node.set("items", node(field.element()));
            }
        }
        return node;
    }
}
