package io.hypecheck.score;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.DidYouMean;
import io.hypecheck.project.Project;
import io.hypecheck.project.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Applies exemptions to a scored project: an active exemption moves its rule's findings to the
 * suppressed list and the scores are recomputed without them; an expired one warns and is not
 * applied; one whose rule did not fire is reported as unused; one naming no known rule warns
 * with a suggestion.
 */
public final class Exemptions {

    private Exemptions() {
    }

    /**
     * The result of applying exemptions to one project.
     *
     * @param score    the score with suppressed findings set aside
     * @param warnings expired, unused and unknown exemptions
     */
    public record Applied(ProjectScore score, List<Diagnostic> warnings) {
        public Applied {
            warnings = List.copyOf(warnings);
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
     * @param score      the project's score before exemptions
     * @param exemptions the project file's exemptions and the config's for this project id
     * @param ruleIds    every rule id in use, to catch misspelt ones
     * @param today      the day expiry is judged against
     */
    public static Applied apply(ProjectScore score, List<Exemption> exemptions, Collection<String> ruleIds,
                                LocalDate today, Scorer scorer) {
        List<Diagnostic> warnings = new ArrayList<>();
        List<Finding> kept = new ArrayList<>(score.findings());
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
            List<Finding> matching = kept.stream().filter(f -> f.rule().equals(exemption.rule())).toList();
            if (matching.isEmpty()) {
                warnings.add(warning(exemption, "unused exemption: rule " + exemption.rule() + " did not fire for "
                        + score.project().id()));
                continue;
            }
            kept.removeAll(matching);
            matching.forEach(f -> suppressed.add(new Suppression(f, exemption.reason(), exemption.until(), exemption.file())));
        }
        if (suppressed.isEmpty()) {
            return new Applied(score, warnings);
        }
        return new Applied(scorer.rescore(score, kept, suppressed), warnings);
    }

    private static Diagnostic warning(Exemption exemption, String message) {
        return Diagnostic.warning(exemption.file(), exemption.line(), exemption.column(), message);
    }
}
