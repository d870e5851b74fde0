package io.hypecheck.engine;

import io.hypecheck.api.RuleType;
import java.util.Objects;

/**
 * A rule type and where it came from.
 *
 * @param type   the rule type
 * @param origin {@code built-in}, or the file name of the plugin jar that provides it
 */
public record RegisteredType(RuleType type, String origin) {

    /** The origin of hypecheck's own rule types. */
    public static final String BUILT_IN = "built-in";

    public RegisteredType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether the type comes from a plugin jar. */
    public boolean isPlugin() {
        return !BUILT_IN.equals(origin);
    }
}
