package io.hypecheck.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The parameters a rubric gives a rule type, read when the rubric loads. Every accessor throws
 * {@link InvalidRuleException} with a clear message when a required parameter is missing or has
 * the wrong type.
 */
public interface Params {

    /** Whether the parameter is given. */
    boolean has(String name);

    /** A required string; numbers and booleans are accepted as their text. */
    String string(String name);

    /** An optional string. */
    Optional<String> optionalString(String name);

    /** A required list of strings; a single string counts as a list of one. */
    List<String> strings(String name);

    /** An optional list of strings; a single string counts as a list of one. */
    Optional<List<String>> optionalStrings(String name);

    /** An optional number (amount strings such as {@code "1.2B"} are accepted). */
    Optional<BigDecimal> number(String name);

    /** An optional boolean. */
    Optional<Boolean> bool(String name);

    /**
     * A required field path, such as {@code models[].parameters_b}, checked against the project
     * format when the rubric loads (a misspelt path is a rubric error).
     */
    String field(String name);

    /**
     * A required field path whose values are numbers (an amount, an integer or a number), checked
     * like {@link #field}: a text, date or yes/no field is a rubric error.
     */
    default String numberField(String name) {
        return field(name);
    }

    /** An optional list of field paths (a single path counts as a list of one), each checked. */
    Optional<List<String>> fields(String name);

    /** A required nested condition, compiled by the rule type it names. */
    Condition condition(String name);

    /**
     * A required nested condition evaluated against each element of the list at
     * {@code listPath}: its field paths are relative to the element ({@code parameters_b} inside
     * {@code models}).
     */
    Condition conditionWithin(String name, String listPath);

    /** A required list of nested conditions. */
    List<Condition> conditions(String name);
}
