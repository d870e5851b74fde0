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

    /**
     * The project without its loaded file: id, name, file and {@code as_of}, which is all a report
     * prints of it, so a long run keeps a few strings per project rather than every value and
     * the file's text.
     */
    public Project summary() {
        java.util.Map<String, Value> kept = new java.util.LinkedHashMap<>();
        fields.scalar("as_of").ifPresent(s -> {
            io.hypecheck.api.Location at = s.location();
            kept.put("as_of", new Value.Scalar(s.value(), s.text(), at, (start, end) -> at));
        });
        return new Project(id, name, file, new Value.Fields(kept, fields.location()));
    }

    /** A view for rules, with {@code today} as the evaluation day. */
    public Facts facts(LocalDate today) {
        return new ProjectFacts(fields, "", today);
    }
}
