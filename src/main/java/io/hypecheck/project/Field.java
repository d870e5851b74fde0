package io.hypecheck.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of the project format: its kind, what it means and, for mappings and lists, what it
 * holds.
 *
 * @param name        the snake_case key ({@code ""} for list elements)
 * @param kind        the field's type
 * @param description one sentence, shown in the JSON Schema
 * @param choices     the allowed words of a {@link Kind#CHOICE}
 * @param fields      the fields of an {@link Kind#OBJECT}, in format order
 * @param element     the element of a {@link Kind#LIST}, or {@code null}
 */
public record Field(String name, Kind kind, String description, List<String> choices,
                    Map<String, Field> fields, Field element) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        if ((kind == Kind.LIST) != (element != null)) {
            throw new IllegalArgumentException(name + ": a list, and only a list, has an element");
        }
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": a choice, and only a choice, has choices");
        }
    }

    static Field scalar(String name, Kind kind, String description) {
        return new Field(name, kind, description, List.of(), Map.of(), null);
    }

    static Field choice(String name, String description, String... choices) {
        return new Field(name, Kind.CHOICE, description, List.of(choices), Map.of(), null);
    }

    static Field object(String name, String description, Field... fields) {
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            byName.put(field.name(), field);
        }
        return new Field(name, Kind.OBJECT, description, List.of(), byName, null);
    }

    static Field list(String name, String description, Field element) {
        return new Field(name, Kind.LIST, description, List.of(), Map.of(), element);
    }

    /** Whether values of this field are scalars (not a mapping or a list). */
    public boolean isScalar() {
        return kind != Kind.OBJECT && kind != Kind.LIST;
    }
}
