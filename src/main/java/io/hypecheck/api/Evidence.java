package io.hypecheck.api;

import java.util.Objects;

/**
 * What made a condition true: a field path, the value or matched text, and where it stands.
 *
 * @param path     the concrete field path, such as {@code claims[0]}
 * @param text     the value or the matched text
 * @param location where it stands in the project file
 */
public record Evidence(String path, String text, Location location) {

    public Evidence {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}
