package io.hypecheck.config;

import io.hypecheck.score.Exemption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code .hypecheck.yaml} sets; every part is optional and command-line flags override it.
 * Paths in it are relative to the folder the config file is in.
 *
 * @param file             where it was read from, or empty for no config
 * @param paths            project files and folders to score
 * @param rubrics          rubric files and folders to add
 * @param defaultRubrics   whether to use the built-in rubrics
 * @param plugins          plugin jars
 * @param formats          reports to write, as {@code FMT} or {@code FMT=FILE}
 * @param failOn           the verdict (and worse) that fails the run
 * @param minScore         the score below which a project fails the run
 * @param failOnRegression the score drop (or worse verdict) against the baseline that fails the run
 * @param baseline         an earlier JSON report to compare with
 * @param excludes         globs of files to skip under folders
 * @param exemptions       rules set aside for named projects
 * @param showSuppressed   whether reports list suppressed findings
 */
public record Config(Optional<Path> file, List<String> paths, List<Path> rubrics, Optional<Boolean> defaultRubrics,
                     List<Path> plugins, List<String> formats, Optional<String> failOn, Optional<Integer> minScore,
                     Optional<Integer> failOnRegression, Optional<Path> baseline, List<String> excludes,
                     List<Exemption> exemptions, Optional<Boolean> showSuppressed) {

    public Config {
        Objects.requireNonNull(file, "file");
        paths = List.copyOf(paths);
        rubrics = List.copyOf(rubrics);
        Objects.requireNonNull(defaultRubrics, "defaultRubrics");
        plugins = List.copyOf(plugins);
        formats = List.copyOf(formats);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(minScore, "minScore");
        Objects.requireNonNull(failOnRegression, "failOnRegression");
        Objects.requireNonNull(baseline, "baseline");
        excludes = List.copyOf(excludes);
        exemptions = List.copyOf(exemptions);
        Objects.requireNonNull(showSuppressed, "showSuppressed");
    }

    /** No config file: everything from flags and defaults. */
    public static Config none() {
        return new Config(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty());
    }
}
