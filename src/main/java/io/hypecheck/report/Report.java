package io.hypecheck.report;

import io.hypecheck.baseline.Comparison;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import io.hypecheck.spill.SpilledScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run reports, decided once, so renderers only format it.
 *
 * @param toolVersion hypecheck's version
 * @param projects    the scored projects, in rank order
 * @param errors      the errors of the files that could not be scored
 * @param comparison  what changed since a baseline report, when one was given
 * @param failReasons why each project fails the run (same order as {@code projects}; empty when it does not)
 */
public record Report(String toolVersion, List<ProjectScore> projects, List<Diagnostic> errors,
                     Optional<Comparison> comparison, List<List<String>> failReasons) {

    public Report {
        Objects.requireNonNull(toolVersion, "toolVersion");
        projects = projects instanceof SpilledScores ? projects : List.copyOf(projects);
        errors = errors.stream().sorted(Diagnostic.ORDER).toList();
        Objects.requireNonNull(comparison, "comparison");
        failReasons = failReasons.stream().map(List::copyOf).toList();
        if (failReasons.size() != projects.size()) {
            throw new IllegalArgumentException("one list of fail reasons per project");
        }
    }

    /** A report of ranked projects, their fail reasons decided by {@code fail} against the comparison. */
    public Report(String toolVersion, List<ProjectScore> projects, List<Diagnostic> errors,
                  Optional<Comparison> comparison, FailCondition fail) {
        this(toolVersion, projects, errors, comparison, FailReasons.decide(fail, summaries(projects), comparison));
    }

    /** A report without a fail condition. */
    public Report(String toolVersion, List<ProjectScore> projects, List<Diagnostic> errors, Optional<Comparison> comparison) {
        this(toolVersion, projects, errors, comparison, FailCondition.none());
    }

    /** A report without a baseline or a fail condition. */
    public Report(String toolVersion, List<ProjectScore> projects, List<Diagnostic> errors) {
        this(toolVersion, projects, errors, Optional.empty());
    }

    /**
     * The projects in rank order with their scores, verdicts and project summaries but perhaps
     * without findings, trends, evidence or claims (a large run keeps those in a temporary file):
     * for counts, fail reasons and the baseline comparison over the whole run.
     */
    public List<ProjectScore> summaries() {
        return summaries(projects);
    }

    private static List<ProjectScore> summaries(List<ProjectScore> projects) {
        return projects instanceof SpilledScores spilled ? spilled.summaries() : projects;
    }

    /** How many projects got this verdict. */
    public long count(Verdict verdict) {
        return summaries().stream().filter(p -> p.verdict() == verdict).count();
    }

    /** The number of distinct files with errors. */
    public long errorFiles() {
        return errors.stream().map(Diagnostic::file).distinct().count();
    }

    /** Why the project at this index (its rank minus one) fails the run; empty when it does not. */
    public List<String> failReasons(int index) {
        return failReasons.get(index);
    }

    /** Every fail reason, as {@code file: reason}, in rank order: the CLI's {@code fail:} lines. */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        List<ProjectScore> summaries = summaries();
        for (int i = 0; i < summaries.size(); i++) {
            String file = summaries.get(i).project().file();
            failReasons.get(i).forEach(reason -> out.add(file + ": " + reason));
        }
        return out;
    }
}
