package io.hypecheck.api;

import java.util.Optional;
import java.util.Set;

/**
 * A kind of condition that rubrics can use by name, such as {@code phrase} or {@code range}.
 *
 * <p>Implementations are found through {@link java.util.ServiceLoader}: built-ins from
 * hypecheck's own services file, plugins from a jar named with {@code --plugin}. A rule type
 * must be stateless and thread-safe; it must not read files, reach the network or run code taken
 * from a rubric.
 */
public interface RuleType {

    /** The name rubrics use for this type, in kebab-case; unique across built-ins and plugins. */
    String name();

    /** One sentence for {@code hypecheck rubrics types}. */
    String description();

    /** The parameter names this type accepts; any other name is a rubric error. */
    Set<String> parameters();

    /**
     * The parameter that a non-map value stands for, as in {@code tag: zk-ai} for
     * {@code tag: {tags: [zk-ai]}} or {@code all: [...]} for {@code all: {of: [...]}}.
     */
    default Optional<String> shorthand() {
        return Optional.empty();
    }

    /**
     * Checks the parameters once, when the rubric loads, and returns the condition to evaluate.
     *
     * @throws InvalidRuleException when a parameter is missing or has the wrong type or value
     */
    Condition compile(Params params);
}
