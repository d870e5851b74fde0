package io.hypecheck.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a run uses, whatever set it (flags or a config file).
 *
 * @param rubricPaths     the user's rubric files and folders
 * @param defaultRubrics  whether the built-in rubrics are used
 * @param plugins         plugin jars
 * @param today           the day "now" means (for the age of facts)
 * @param excludes        globs of files to skip under folders
 */
public record Settings(List<Path> rubricPaths, boolean defaultRubrics, List<Path> plugins, LocalDate today,
                       List<String> excludes) {

    public Settings {
        rubricPaths = List.copyOf(rubricPaths);
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(today, "today");
        excludes = List.copyOf(excludes);
    }

    /** The built-in rubrics, no plugins, today's date. */
    public static Settings defaults(LocalDate today) {
        return new Settings(List.of(), true, List.of(), today, List.of());
    }
}
