package io.hypecheck.api;

import java.util.Locale;

/** What kind of reading a piece of evidence is. */
public enum Basis {
    /** A structured field's value. */
    FIELD,
    /** A fact read from the file's prose (summary, description): an amount with its role, a stated absence. */
    PROSE,
    /** Words matched in free text. */
    TEXT,
    /** The absence of a field. */
    ABSENCE;

    /** The id used in reports: {@code field}, {@code prose}, {@code text}, {@code absence}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
