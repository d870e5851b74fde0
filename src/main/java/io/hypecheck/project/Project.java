package io.hypecheck.project;

import io.hypecheck.api.Facts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded project file.
 *
 * @param id     the stable id: the file's {@code id}, or its name without extension
 * @param name   the display name
 * @param file   the path as the user named it, joined with the path found under it
 * @param fields every known field with its typed value and location
 */
public record Project(String id, String name, String file, Value.Fields fields) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fields, "fields");
    }

    /** When the facts were true ({@code as_of}), if the file says. */
    public Optional<LocalDate> asOf() {
        return fields.scalar("as_of").map(s -> (LocalDate) s.value());
    }

    /** {@code as_of} as written ({@code 2025-04} stays a month), if the file says. */
    public Optional<String> asOfText() {
        return fields.scalar("as_of").map(Value.Scalar::text);
    }

    /** A view for rules, with {@code today} as the evaluation day. */
    public Facts facts(LocalDate today) {
        return new ProjectFacts(fields, "", today);
    }
}
