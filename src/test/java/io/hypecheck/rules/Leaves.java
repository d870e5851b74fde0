package io.hypecheck.rules;

import java.util.Map;

/**
 * Nested conditions of known truth on {@link #PROJECT}, for testing the combinators: each is
 * written as a rubric would write it, {@code {typeName: params}}.
 */
final class Leaves {

    /** A project with a name and a repository, and nothing else. */
    static final Map<String, ?> PROJECT = Map.of("name", "X", "code", Map.of("repo", "https://git.example/x"));

    /** True, with the evidence {@code code.repo}. */
    static final Map<String, ?> TRUE = Map.of("present", "code.repo");
    /** True, with the evidence {@code name}. */
    static final Map<String, ?> ALSO_TRUE = Map.of("present", "name");
    /** False. */
    static final Map<String, ?> FALSE = Map.of("absent", "code.repo");
    /** Unknown: the project has no tags. */
    static final Map<String, ?> UNKNOWN = Map.of("tag", "zk-ai");

    private Leaves() {
    }
}
