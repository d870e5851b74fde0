package io.hypecheck.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a fact comes from, as the project file says: in its {@code provenance} map, or by the words
 * around a figure in its prose ("by its own figures", "on-chain data shows", "segundo a empresa",
 * "has been questioned"). Substance resting on self-reported or disputed facts counts for less.
 */
public enum Provenance {
    /** The file does not say. */
    UNSTATED,
    /** The project's own figure. */
    SELF_REPORTED,
    /** Someone else's figure or estimate (an analytics site, the press, an independent count). */
    THIRD_PARTY,
    /** Read from a public chain. */
    ON_CHAIN,
    /** Checked by an auditor. */
    AUDITED,
    /** Questioned or contradicted in the same file. */
    DISPUTED;

    /** The id used in project files and reports: {@code self-reported}, {@code on-chain}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The provenance an id names, if any. */
    public static Optional<Provenance> of(String id) {
        for (Provenance p : values()) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether a fact of this provenance is the project's word alone, or in doubt. */
    public boolean weak() {
        return this == SELF_REPORTED || this == DISPUTED;
    }
}
