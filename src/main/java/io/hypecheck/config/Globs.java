package io.hypecheck.config;

import io.hypecheck.project.ExcludeGlob;
import java.nio.file.FileSystems;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the globs of {@code --exclude} and {@code exclude:} before any folder is searched with them:
 * as globs, and as the {@link ExcludeGlob} that will match them, so that no pattern accepted here
 * fails later.
 */
public final class Globs {

    private Globs() {
    }

    /** Why {@code glob} is not a valid glob, or empty when it is one. */
    public static Optional<String> problem(String glob) {
        if (glob.isEmpty()) {
            return Optional.of("empty glob");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            new ExcludeGlob(glob);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            String reason = e instanceof PatternSyntaxException syntax ? syntax.getDescription() : e.getMessage();
            return Optional.of("invalid glob '" + glob + "': " + reason);
        }
    }
}
