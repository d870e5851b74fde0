package io.hypecheck.diagnostic;

/** How bad a diagnostic is: an error makes a file invalid, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word printed before the message. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
