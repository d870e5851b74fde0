package io.hypecheck.project;

/** The type of a field of the project format. */
public enum Kind {
    /** Free text. */
    TEXT("a string"),
    /** A lower-case identifier of letters, digits, dots, dashes and underscores. */
    SLUG("a slug such as my-project"),
    /** An absolute http or https URL. */
    URL("an http(s) URL"),
    /** A whole number. */
    INT("an integer"),
    /** A number. */
    NUMBER("a number"),
    /** A number or a string such as "$1.2B", "350M", "12,000,000" or "4.5k". */
    AMOUNT("an amount"),
    /** true or false. */
    BOOL("true or false"),
    /** YYYY-MM-DD, YYYY-MM or YYYY. */
    DATE("a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
    /** One of a fixed set of words. */
    CHOICE("one of"),
    /** A mapping of named fields. */
    OBJECT("a mapping"),
    /** A list of values of one kind. */
    LIST("a list");

    private final String expected;

    Kind(String expected) {
        this.expected = expected;
    }

    /** How an error message names what was expected. */
    public String expected() {
        return expected;
    }
}
