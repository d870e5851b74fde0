package io.hypecheck.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a project file with the place it came from.
 *
 * @param path     the concrete path, such as {@code models[1].parameters_b}
 * @param value    a {@link String}, {@link BigDecimal}, {@link Boolean} or {@link LocalDate}
 * @param text     the value as written in the file, for messages
 * @param location where the value stands
 * @param locator  maps character ranges of a text value to file locations
 * @param basis    a structured field's value, or a fact read from prose
 * @param provenance where the fact comes from, as the file says
 */
public record Fact(String path, Object value, String text, Location location, TextLocator locator, Basis basis,
                   Provenance provenance) {

    public Fact {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(provenance, "provenance");
        if (!(value instanceof String || value instanceof BigDecimal || value instanceof Boolean
                || value instanceof LocalDate)) {
            throw new IllegalArgumentException("unsupported fact value type " + value.getClass());
        }
    }

    /** A structured field's value whose provenance the file does not state. */
    public Fact(String path, Object value, String text, Location location, TextLocator locator) {
        this(path, value, text, location, locator, Basis.FIELD, Provenance.UNSTATED);
    }

    /** The same fact with another provenance. */
    public Fact withProvenance(Provenance other) {
        return new Fact(path, value, text, location, locator, basis, other);
    }

    /** The numeric value, or {@code null} when the fact is not a number. */
    public BigDecimal number() {
        return value instanceof BigDecimal n ? n : null;
    }

    /** Evidence pointing at the whole value. */
    public Evidence evidence() {
        return new Evidence(path, text, location, basis, provenance);
    }
}
