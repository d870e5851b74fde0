package io.hypecheck.report;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run reports.
 *
 * @param toolVersion hypecheck's version
 * @param projects    the scored projects, in rank order
 * @param errors      the errors of the files that could not be scored
 * @param comparison  what changed since a baseline report, when one was given
 */
public record Report(String toolVersion, List<ProjectScore> projects, List<Diagnostic> errors,
                     java.util.Optional<Comparison> comparison) {

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        projects = List.copyOf(projects);
        errors = errors.stream().sorted(Diagnostic.ORDER).toList();
        Objects.requireNonNull(comparison, "comparison");
    }

    /** A report without a baseline. */
    public Report(String toolVersion, List<ProjectScore> projects, List<Diagnostic> errors) {
        this(toolVersion, projects, errors, java.util.Optional.empty());
    }

    /** How many projects got this verdict. */
    public long count(Verdict verdict) {
        return projects.stream().filter(p -> p.verdict() == verdict).count();
    }

    /** The number of distinct files with errors. */
    public long errorFiles() {
        return errors.stream().map(Diagnostic::file).distinct().count();
    }
}
