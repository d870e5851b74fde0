package io.hypecheck.score;

import io.hypecheck.project.Project;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one project (SPEC §3).
 *
 * @param project      the project
 * @param verdict      substance, mixed, hype or unknown
 * @param score        0 to 100, higher meaning more substance than hype
 * @param hype         0 to 100
 * @param substance    0 to 100
 * @param confidence   0 to 1
 * @param trends       the trends it belongs to, strongest first
 * @param findings     the rules that fired and count, in rubric and rule order
 * @param suppressed   the findings that exemptions set aside
 * @param rulesChecked the rules of the rubrics that apply to it
 * @param rulesUnknown of those, the ones its file lacks the facts to decide
 * @param undecided    those undecided rules, as findings without evidence (what facts would help)
 * @param judgment     what the verdict rests on: score range, support, what would change it, claims ledger
 */
public record ProjectScore(Project project, Verdict verdict, int score, int hype, int substance, double confidence,
                           List<TrendScore> trends, List<Finding> findings, List<Suppression> suppressed,
                           int rulesChecked, int rulesUnknown, List<Finding> undecided, Judgment judgment) {

    /** Scores with nothing known beyond the score itself (for tests and plugins). */
    public ProjectScore(Project project, Verdict verdict, int score, int hype, int substance, double confidence,
                        List<TrendScore> trends, List<Finding> findings, List<Suppression> suppressed,
                        int rulesChecked, int rulesUnknown, List<Finding> undecided) {
        this(project, verdict, score, hype, substance, confidence, trends, findings, suppressed, rulesChecked,
                rulesUnknown, undecided, Judgment.of(score));
    }

    public ProjectScore {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(verdict, "verdict");
        trends = List.copyOf(trends);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        undecided = List.copyOf(undecided);
        Objects.requireNonNull(judgment, "judgment");
        if (score < 0 || score > 100 || hype < 0 || hype > 100 || substance < 0 || substance > 100) {
            throw new IllegalArgumentException("scores must be 0 to 100");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be 0 to 1");
        }
    }

    /** The same score with these findings set aside by exemptions. */
    public ProjectScore withSuppressed(List<Suppression> set) {
        return new ProjectScore(project, verdict, score, hype, substance, confidence, trends, findings, set,
                rulesChecked, rulesUnknown, undecided, judgment);
    }

    /** The same score holding only the project's summary (what reports print), not its loaded file. */
    public ProjectScore compact() {
        return new ProjectScore(project.summary(), verdict, score, hype, substance, confidence, trends, findings,
                suppressed, rulesChecked, rulesUnknown, undecided, judgment);
    }

    /** The strongest trend, if the project belongs to any. */
    public Optional<TrendScore> primaryTrend() {
        return trends.stream().findFirst();
    }
}
