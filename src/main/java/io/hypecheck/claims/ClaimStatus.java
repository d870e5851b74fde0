package io.hypecheck.claims;

import java.util.Locale;

/** How a claim stands against the file's facts. */
public enum ClaimStatus {
    /** A fact backs it. */
    SUPPORTED,
    /** A fact refutes it. */
    CONTRADICTED,
    /** Nothing in the file backs it. */
    UNSUPPORTED;

    /** The id in reports: {@code supported}, {@code contradicted}, {@code unsupported}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
