package io.hypecheck.claims;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import java.util.List;
import java.util.Objects;

/**
 * One claim of a project and how it stands.
 *
 * @param text     the claim as written
 * @param path     its path, such as {@code claims[2]}
 * @param location where it stands in the file
 * @param topic    what it promises (usage, open code, decentralization…), or {@code none} when no topic is recognised
 * @param status   supported, contradicted or unsupported
 * @param evidence the facts that back or refute it (empty when unsupported)
 */
public record ClaimCheck(String text, String path, Location location, String topic, ClaimStatus status,
                         List<Evidence> evidence) {

    public ClaimCheck {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
    }
}
