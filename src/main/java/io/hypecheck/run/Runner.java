package io.hypecheck.run;

import io.hypecheck.baseline.Comparison;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.project.Project;
import io.hypecheck.report.Report;
import io.hypecheck.score.Exemption;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.RankBy;
import io.hypecheck.score.Ranking;
import io.hypecheck.spill.Spill;
import io.hypecheck.spill.SpilledScores;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One run, each step once: find the files; load, evaluate, exempt and score each (in parallel,
 * keeping a compact result per project); rank; compare with the baseline and decide the fail
 * reasons; and hand renderers a finished {@link Report}.
 */
public final class Runner {

    private Runner() {
    }

    /**
     * The outcome of a run; close it when its report is rendered (a large run's report reads its
     * projects from a temporary file, which closing deletes).
     *
     * @param report   the ranked report, with the errors of invalid files and the fail reasons
     * @param warnings warnings about files that were scored all the same, and about exemptions
     */
    public record Result(Report report, List<Diagnostic> warnings) implements AutoCloseable {
        public Result {
            warnings = List.copyOf(warnings);
        }

        @Override
        public void close() {
            if (report.projects() instanceof SpilledScores spilled) {
                spilled.close();
            }
        }
    }

    /**
     * What to score and how to judge it.
     *
     * @param paths            files, folders or {@code -}
     * @param stdin            read for {@code -}
     * @param configExemptions the config file's exemptions, by project id
     * @param baseline         the earlier report to compare with, if any
     * @param fail             the fail condition the fail reasons are decided by
     * @param threads          how many files are worked on at once
     * @param rankBy           the ranking key
     * @param progress         told of each file done
     * @param spillAbove       with more files than this, full scores are kept in a temporary file until
     *                         they are rendered, and memory holds only their summaries
     */
    public record Request(List<String> paths, InputStream stdin, List<Exemption> configExemptions,
                          Optional<Comparison> baseline, FailCondition fail, int threads, RankBy rankBy,
                          Progress progress, int spillAbove) {

        /** How many files a run keeps whole in memory, unless told otherwise. */
        public static final int SPILL_ABOVE = 256;

        public Request {
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(rankBy, "rankBy");
            paths = List.copyOf(paths);
            Objects.requireNonNull(stdin, "stdin");
            configExemptions = List.copyOf(configExemptions);
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(fail, "fail");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }

        /** A request that works on every core. */
        public Request(List<String> paths, InputStream stdin, List<Exemption> configExemptions,
                       Optional<Comparison> baseline, FailCondition fail) {
            this(paths, stdin, configExemptions, baseline, fail, Runtime.getRuntime().availableProcessors());
        }

        /** A request on the given number of threads, ranked by score. */
        public Request(List<String> paths, InputStream stdin, List<Exemption> configExemptions,
                       Optional<Comparison> baseline, FailCondition fail, int threads) {
            this(paths, stdin, configExemptions, baseline, fail, threads, RankBy.SCORE, Progress.NONE, SPILL_ABOVE);
        }

        /** The same request ranked by another key. */
        public Request rankedBy(RankBy by) {
            return new Request(paths, stdin, configExemptions, baseline, fail, threads, by, progress, spillAbove);
        }

        /** The same request telling its progress to a listener. */
        public Request reporting(Progress to) {
            return new Request(paths, stdin, configExemptions, baseline, fail, threads, rankBy, to, spillAbove);
        }

        /** The same request keeping full scores in a temporary file when there are more than {@code files} files. */
        public Request spillingAbove(int files) {
            return new Request(paths, stdin, configExemptions, baseline, fail, threads, rankBy, progress, files);
        }
    }

    /** Loads, evaluates and ranks, without exemptions from a config file, a baseline or a fail condition. */
    public static Result run(Engine engine, String version, List<String> paths, InputStream stdin) {
        return run(engine, version, paths, stdin, List.of(), Optional.empty());
    }

    /** Loads, evaluates, applies exemptions (the project file's and the config's), ranks and compares. */
    public static Result run(Engine engine, String version, List<String> paths, InputStream stdin,
                             List<Exemption> configExemptions, Optional<Comparison> baseline) {
        return run(engine, version, new Request(paths, stdin, configExemptions, baseline, FailCondition.none()));
    }

    /** Runs the whole pipeline for a request. */
    public static Result run(Engine engine, String version, Request request) {
        ProjectRun step = new ProjectRun(engine, request.configExemptions());
        List<Inputs.Source> sources = Inputs.sources(request.paths(), engine.settings().excludes(), request.stdin());
        Progress progress = request.progress();
        progress.started(sources.size());
        Spill spill = sources.size() > request.spillAbove() ? Runner.spill() : null;
        List<ProjectRun.Outcome> outcomes;
        try {
            outcomes = Ordered.map(sources, request.threads(), source -> {
                ProjectRun.Outcome outcome = step.run(source, spill);
                progress.stepped();
                return outcome;
            });
        } catch (RuntimeException | Error e) {
            if (spill != null) {
                spill.close();
            }
            throw e;
        } finally {
            progress.finished();
        }
        List<ProjectScore> scores = new ArrayList<>();
        List<Spill.Kept> kept = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        Set<String> scoredIds = new HashSet<>();
        for (ProjectRun.Outcome outcome : outcomes) {
            errors.addAll(outcome.errors());
            warnings.addAll(outcome.warnings());
            outcome.score().ifPresent(score -> {
                scores.add(score);
                scoredIds.add(score.project().id());
            });
            outcome.kept().ifPresent(kept::add);
        }
        request.configExemptions().stream().filter(e -> !scoredIds.contains(e.project().orElse("")))
                .forEach(e -> warnings.add(Diagnostic.warning(e.file(), e.line(), e.column(),
                        "unused exemption: no project with id '" + e.project().orElse("") + "' was scored")));
        warnings.sort(Diagnostic.ORDER);
        List<ProjectScore> ranked = spill != null ? spill.ranked(kept, request.rankBy().order())
                : Ranking.rank(scores, request.rankBy());
        Report report = new Report(version, ranked, errors, request.baseline(), request.fail());
        return new Result(report, warnings);
    }

    /** A spill for a large run's scores, or null (scores kept in memory) when no temporary file can be made. */
    private static Spill spill() {
        try {
            return Spill.open();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** A warning when the facts are dated after today: a typo, or a file from the future. */
    static Optional<Diagnostic> futureAsOf(Project project, java.time.LocalDate today) {
        return project.fields().scalar("as_of")
                .filter(s -> s.value() instanceof java.time.LocalDate date && date.isAfter(today))
                .map(s -> Diagnostic.warning(project.file(), s.location().line(), s.location().column(),
                        "as_of: " + s.text() + " is after today (" + today + "); is the date right?"));
    }
}
