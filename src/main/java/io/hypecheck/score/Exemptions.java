package io.hypecheck.score;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.DidYouMean;
import io.hypecheck.engine.Evaluation;
import io.hypecheck.engine.RuleResult;
import io.hypecheck.project.Project;
import io.hypecheck.project.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Applies exemptions to an evaluated project, before it is scored: an active exemption takes its
 * rule's result out of the evaluation (the rule does not apply to that project) and keeps it as a
 * suppressed finding; an expired one warns and is not applied; one whose rule did not fire is
 * reported as unused; one naming no known rule warns with a suggestion.
 */
public final class Exemptions {

    private Exemptions() {
    }

    /**
     * The result of applying exemptions to one project.
     *
     * @param evaluation the evaluation without the results of exempted rules, ready to be scored
     * @param suppressed the findings set aside, in exemption order
     * @param warnings   expired, unused and unknown exemptions
     */
    public record Applied(Evaluation evaluation, List<Suppression> suppressed, List<Diagnostic> warnings) {
        public Applied {
            java.util.Objects.requireNonNull(evaluation, "evaluation");
            suppressed = List.copyOf(suppressed);
            warnings = List.copyOf(warnings);
        }

        /** Scores the evaluation once and attaches the suppressed findings. */
        public ProjectScore score(Scorer scorer) {
            ProjectScore score = scorer.score(evaluation);
            return suppressed.isEmpty() ? score : score.withSuppressed(suppressed);
        }
    }

    /** The exemptions written in a project file. */
    public static List<Exemption> of(Project project) {
        List<Exemption> out = new ArrayList<>();
        if (project.fields().fields().get("exemptions") instanceof Value.Items items) {
            for (Value item : items.items()) {
                if (item instanceof Value.Fields f) {
                    out.add(new Exemption(Optional.empty(), (String) f.scalar("rule").orElseThrow().value(),
                            (String) f.scalar("reason").orElseThrow().value(),
                            f.scalar("until").map(s -> (LocalDate) s.value()), project.file(),
                            f.location().line(), f.location().column()));
                }
            }
        }
        return out;
    }

    /**
     * Applies the exemptions that concern this project.
     *
     * @param evaluation the project's evaluation
     * @param exemptions the project file's exemptions and the config's for this project id
     * @param ruleIds    every rule id in use, to catch misspelt ones
     * @param today      the day expiry is judged against
     */
    public static Applied apply(Evaluation evaluation, List<Exemption> exemptions, Collection<String> ruleIds,
                                LocalDate today) {
        if (exemptions.isEmpty()) {
            return new Applied(evaluation, List.of(), List.of());
        }
        List<Diagnostic> warnings = new ArrayList<>();
        List<RuleResult> kept = new ArrayList<>(evaluation.results());
        List<Suppression> suppressed = new ArrayList<>();
        for (Exemption exemption : exemptions) {
            if (!ruleIds.contains(exemption.rule())) {
                warnings.add(warning(exemption, "exemption names unknown rule '" + exemption.rule() + "'"
                        + DidYouMean.hint(exemption.rule(), ruleIds)));
                continue;
            }
            if (exemption.expired(today)) {
                warnings.add(warning(exemption, "exemption for rule " + exemption.rule() + " expired on "
                        + exemption.until().orElseThrow() + "; the rule counts again"));
                continue;
            }
            List<RuleResult> matching = kept.stream().filter(r -> r.fired() && r.rule().id().equals(exemption.rule())).toList();
            if (matching.isEmpty()) {
                warnings.add(warning(exemption, "unused exemption: rule " + exemption.rule() + " did not fire for "
                        + evaluation.project().id()));
                continue;
            }
            kept.removeAll(matching);
            matching.forEach(r -> suppressed.add(new Suppression(Finding.of(r), exemption.reason(), exemption.until(),
                    exemption.file())));
        }
        Evaluation remaining = suppressed.isEmpty() ? evaluation
                : new Evaluation(evaluation.project(), evaluation.trends(), kept);
        return new Applied(remaining, suppressed, warnings);
    }

    private static Diagnostic warning(Exemption exemption, String message) {
        return Diagnostic.warning(exemption.file(), exemption.line(), exemption.column(), message);
    }
}
