package io.hypecheck.cli;

import io.hypecheck.config.Config;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.project.InputFiles;
import io.hypecheck.report.Report;
import io.hypecheck.score.ProjectScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that keep a run from passing on nothing: what to score must be said, every path must
 * hold a project file, an exclude pattern that matches nothing and a project id used twice are
 * warned about.
 */
final class NoSilentGreen {

    private NoSilentGreen() {
    }

    /**
     * The paths to score: those given, else the config's {@code paths:}.
     *
     * @throws HypecheckException a usage error (exit 2) when neither says what to score
     */
    static List<String> paths(List<String> given, Config config) {
        if (!given.isEmpty()) {
            return given;
        }
        if (!config.paths().isEmpty()) {
            return config.paths();
        }
        throw HypecheckException.config("nothing to score: give a PATH (a file, a folder, or - for standard input), or set "
                + "paths: in .hypecheck.yaml" + config.file().map(f -> " (" + f + " has none)").orElse(" (none was found)"));
    }

    /**
     * Expands the paths before anything is scored: a path without project files stops the run
     * (exit 2); exclude patterns that matched nothing are warnings.
     */
    static List<Diagnostic> excludes(List<String> paths, List<String> excludes) {
        List<Diagnostic> warnings = new ArrayList<>();
        for (String unused : InputFiles.expandAll(paths, excludes).unused()) {
            warnings.add(Diagnostic.warning("--exclude", 0, 0, "'" + unused + "' matched no file under " + String.join(", ", paths)));
        }
        return warnings;
    }

    /** A warning per project whose id another file already used: baselines and exemptions match projects by id. */
    static List<Diagnostic> duplicateIds(Report report) {
        Map<String, String> first = new LinkedHashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        List<ProjectScore> byFile = new ArrayList<>(report.summaries());
        byFile.sort(java.util.Comparator.comparing(p -> p.project().file()));
        for (ProjectScore score : byFile) {
            String other = first.putIfAbsent(score.project().id(), score.project().file());
            if (other != null) {
                warnings.add(Diagnostic.warning(score.project().file(), 0, 0, "project id '" + score.project().id()
                        + "' is also the id of " + other + "; baselines and exemptions cannot tell them apart"));
            }
        }
        return warnings;
    }
}
