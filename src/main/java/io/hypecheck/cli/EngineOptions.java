package io.hypecheck.cli;

import io.hypecheck.config.Config;
import io.hypecheck.config.ConfigLoader;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.project.DateParser;
import io.hypecheck.run.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that set up the engine, shared by the commands that evaluate rubrics. */
public final class EngineOptions {

    @Option(names = "--rubrics", paramLabel = "PATH",
            description = "Add a rubric file, or a folder of them (repeatable). A rubric with a built-in's id replaces it.")
    List<Path> rubrics = new ArrayList<>();

    @Option(names = "--no-default-rubrics", description = "Do not use the built-in rubrics.")
    boolean noDefaultRubrics;

    @Option(names = "--plugin", paramLabel = "JAR", description = "Load rule types from a plugin jar (repeatable).")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--plugin-timeout", paramLabel = "SECONDS",
            description = "Stop with exit 4 when one call of a plugin's code (compiling a condition, or evaluating it "
                    + "on one project) takes longer than this (default: 10).")
    java.math.BigDecimal pluginTimeout;

    @Option(names = "--today", paramLabel = "DATE",
            description = "The day to judge the age of facts against (YYYY-MM-DD; default: today). Fix it for reproducible reports.")
    String today;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files under folders that match this .gitignore-style pattern (repeatable): drafts/, **/drafts, *-draft.yaml.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read settings from this file instead of the nearest .hypecheck.yaml at or above the paths "
                    + "(else in the working folder); flags override it.")
    Path config;

    /** The config file: {@code --config}, or the nearest {@code .hypecheck.yaml} at or above the working directory, or none. */
    Config config() {
        return config(List.of());
    }

    /** The config file of a run over {@code paths}: {@code --config}, or the nearest one at or above them ({@link ConfigLoader#discover}). */
    Config config(List<String> paths) {
        return ConfigLoader.discover(Optional.ofNullable(config), paths, Path.of(""));
    }

    /**
     * Whether a run over {@code paths} (those its config file is looked for at) loads plugin jars;
     * not when its settings are in error, which stops the run before any plugin is loaded.
     */
    boolean loadsPlugins(List<String> paths) {
        try {
            return !settings(config(paths)).plugins().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The settings of the config file, overridden or extended by these options. */
    Settings settings(Config file) {
        List<Path> allRubrics = new ArrayList<>(file.rubrics());
        allRubrics.addAll(rubrics);
        List<Path> allPlugins = new ArrayList<>(file.plugins());
        allPlugins.addAll(plugins);
        List<String> allExcludes = new ArrayList<>(file.excludes());
        for (String glob : excludes) {
            io.hypecheck.config.Globs.problem(glob).ifPresent(problem -> {
                throw HypecheckException.config("--exclude: " + problem);
            });
        }
        allExcludes.addAll(excludes);
        boolean defaults = !noDefaultRubrics && file.defaultRubrics().orElse(true);
        return new Settings(allRubrics, defaults, allPlugins, today(), allExcludes, pluginTimeout());
    }

    private java.time.Duration pluginTimeout() {
        if (pluginTimeout == null) {
            return Settings.DEFAULT_PLUGIN_TIMEOUT;
        }
        if (pluginTimeout.signum() <= 0 || pluginTimeout.compareTo(java.math.BigDecimal.valueOf(86_400)) > 0) {
            String given = pluginTimeout.toPlainString();
            throw HypecheckException.config("--plugin-timeout: expected seconds above 0 and at most 86400, got "
                    + (given.length() > 20 ? pluginTimeout.toString() : given));
        }
        return java.time.Duration.ofMillis(Math.max(1, pluginTimeout.movePointRight(3).longValue()));
    }

    private LocalDate today() {
        if (today == null) {
            return LocalDate.now(java.time.ZoneOffset.UTC);
        }
        return DateParser.parse(today).filter(d -> today.length() == 10)
                .orElseThrow(() -> HypecheckException.config("--today: expected a date YYYY-MM-DD, got '" + today + "'"));
    }
}
