package io.hypecheck.prose;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Objects;

/**
 * A kind of plain statement an analyst makes about a project, and the facts it stands for: "the
 * code is closed source" means {@code code.open_source} is false and no repository is public;
 * "still on testnet" means {@code traction.live} is false; "github.com/…" means code is public.
 *
 * @param name       what it says, for tests and messages
 * @param pattern    the words, English and Portuguese (RE2, case-insensitive)
 * @param negative   whether the statement is itself a negation (then it is not checked for negation scopes)
 * @param facts      the facts it stands for: a path with a value, or a path with {@code null} for "absent"
 */
record Statement(String name, Pattern pattern, boolean negative, List<Found> facts) {

    Statement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        facts = List.copyOf(facts);
    }

    static Statement says(String name, boolean negative, String regex, Found... facts) {
        return new Statement(name, Pattern.compile("(?i)(" + regex + ")"), negative, List.of(facts));
    }

    /** A fact the statement stands for, before it is placed at the words that said it. */
    static Found fact(String path, Object value) {
        return new Found(path, value, 0, 0);
    }
}
