package io.hypecheck.run;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param pluginTimeout   how long one call of a plugin's code may take
 */
public record Settings(List<Path> rubricPaths, boolean defaultRubrics, List<Path> plugins, LocalDate today,
                       List<String> excludes, Duration pluginTimeout) {

    /** How long one call of a plugin's code may take unless the user says otherwise. */
    public static final Duration DEFAULT_PLUGIN_TIMEOUT = io.hypecheck.engine.RuleTypeRegistry.DEFAULT_PLUGIN_TIMEOUT;

    public Settings {
        rubricPaths = List.copyOf(rubricPaths);
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(today, "today");
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(pluginTimeout, "pluginTimeout");
    }

    /** Settings with the default plugin time limit. */
    public Settings(List<Path> rubricPaths, boolean defaultRubrics, List<Path> plugins, LocalDate today,
                    List<String> excludes) {
        this(rubricPaths, defaultRubrics, plugins, today, excludes, DEFAULT_PLUGIN_TIMEOUT);
    }

    /** The built-in rubrics, no plugins, today's date. */
    public static Settings defaults(LocalDate today) {
        return new Settings(List.of(), true, List.of(), today, List.of());
    }
}
