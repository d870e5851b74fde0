package io.hypecheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of one project file, queried by field path.
 *
 * <p>Paths are dotted snake_case names; {@code []} reaches into every element of a list:
 * {@code token.market_cap_usd}, {@code claims}, {@code models[].parameters_b}.
 */
public interface Facts {

    /**
     * The values at a path, in file order; empty when the field is absent. A list of scalars
     * yields one fact per element ({@code claims} gives {@code claims[0]}, {@code claims[1]}…).
     */
    List<Fact> values(String path);

    /**
     * The elements of the list at a path, each as its own facts (paths inside an element are
     * relative to it), or empty when the list is absent.
     */
    Optional<List<Facts>> elements(String path);

    /** The location of the field at a path, when it is present. */
    Optional<Location> locate(String path);

    /**
     * Where an absent field would go: the location of its nearest enclosing mapping that is in the
     * file (the whole document when none is), so that "this field is missing" can point somewhere.
     */
    default Location nearest(String path) {
        String prefix = path;
        while (prefix.contains(".")) {
            prefix = prefix.substring(0, prefix.lastIndexOf('.'));
            Optional<Location> found = locate(prefix);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Location.at(1, 1);
    }

    /**
     * Where the file's prose states that the fact at a path does not exist or is not public ("no
     * user figures are disclosed", "o código não é aberto"), when the field itself is absent. A
     * condition on such a path is false, not unknown.
     */
    default Optional<Evidence> statedAbsent(String path) {
        return Optional.empty();
    }

    /** Every free-text value of the project (name, summary, description, claims, tags…). */
    List<Fact> text();

    /** The day that "now" means for this evaluation (today, or the user's {@code --today}). */
    LocalDate today();
}
