package io.hypecheck.api;

import java.util.Objects;

/**
 * What made a condition true: a field path, the value or matched text, and where it stands.
 *
 * @param path       the concrete field path, such as {@code claims[0]}
 * @param text       the value or the matched text
 * @param location   where it stands in the project file
 * @param basis      what kind of reading it is (a field's value, a fact read from prose, matched words, an absence)
 * @param provenance where the fact comes from, as the file says
 */
public record Evidence(String path, String text, Location location, Basis basis, Provenance provenance) {

    public Evidence {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Evidence from a structured field whose provenance the file does not state. */
    public Evidence(String path, String text, Location location) {
        this(path, text, location, Basis.FIELD, Provenance.UNSTATED);
    }
}
