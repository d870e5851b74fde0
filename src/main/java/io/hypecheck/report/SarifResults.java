package io.hypecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hypecheck.api.Evidence;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.claims.ClaimCheck;
import io.hypecheck.claims.ClaimStatus;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.rubric.Effect;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SARIF results of a report, in the order code scanning should keep them when it cuts: one
 * per invalid file, then per project one per hype finding and one per contradicted claim of its
 * claims ledger (at the claim, {@code hypecheck/contradicted-claim}), the failing projects first and
 * the others from the lowest score up, most points first; with {@code --show-suppressed}, the
 * suppressed hype findings too, marked with an external suppression, and so are the claims whose
 * counting finding an exemption set aside. Substance findings are not alerts and are left out. At
 * most {@value #LIMIT} results (GitHub shows no more), and {@value #RELATED_LIMIT} related
 * locations per result.
 */
final class SarifResults {

    /** The results per run GitHub code scanning keeps (it rejects more than 25,000). */
    static final int LIMIT = 5000;
    /** Related locations per result: GitHub shows 100 locations per result, the first being the main one. */
    static final int RELATED_LIMIT = 99;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * One result, before it becomes JSON.
     *
     * @param finding     the finding, or null for an invalid file or a claim
     * @param score       its project, or null for an invalid file
     * @param suppression the exemption that set it aside, if any
     * @param error       the file error, or null for a finding or a claim
     * @param claim       the contradicted claim, or null for a finding or an invalid file
     */
    record Entry(Finding finding, ProjectScore score, Optional<Suppression> suppression, Diagnostic error,
                 ClaimCheck claim) {

        Entry(Finding finding, ProjectScore score, Optional<Suppression> suppression, Diagnostic error) {
            this(finding, score, suppression, error, null);
        }

        /** The rule id the result points at. */
        String ruleId() {
            return error != null ? SarifRules.INVALID_FILE : claim != null ? SarifRules.CONTRADICTED_CLAIM : finding.rule();
        }
    }

    private SarifResults() {
    }

    /** Every result the report has, uncut, in order. */
    static List<Entry> entries(Report report, RenderOptions options) {
        List<Entry> entries = new ArrayList<>();
        report.errors().forEach(error -> entries.add(new Entry(null, null, Optional.empty(), error)));
        for (ProjectScore score : WorstFirst.projects(report)) {
            WorstFirst.hype(score.findings()).forEach(f -> entries.add(new Entry(f, score, Optional.empty(), null)));
            List<Entry> suppressedClaims = new ArrayList<>();
            for (ClaimCheck claim : score.judgment().claims()) {
                if (claim.status() == ClaimStatus.CONTRADICTED) {
                    Optional<Suppression> exempted = exemption(claim, score);
                    (exempted.isEmpty() ? entries : suppressedClaims).add(new Entry(null, score, exempted, null, claim));
                }
            }
            if (options.showSuppressed()) {
                score.suppressed().stream().filter(s -> s.finding().effect() == Effect.HYPE)
                        .forEach(s -> entries.add(new Entry(s.finding(), score, Optional.of(s), null)));
                entries.addAll(suppressedClaims);
            }
        }
        return entries;
    }

    /** The exemption that set aside the hype finding counting this claim, if one did. */
    private static Optional<Suppression> exemption(ClaimCheck claim, ProjectScore score) {
        return score.suppressed().stream().filter(s -> s.finding().effect() == Effect.HYPE)
                .filter(s -> s.finding().evidence().stream().anyMatch(e -> e.path().equals(claim.path()))).findFirst();
    }

    static ArrayNode toJson(List<Entry> entries, SarifRules rules, SarifLocation places, Optional<Comparison> comparison) {
        ArrayNode results = JSON.arrayNode();
        for (Entry entry : entries) {
            if (entry.error() != null) {
                results.add(error(entry.error(), rules, places));
                continue;
            }
            ObjectNode result = entry.claim() != null ? claim(entry.claim(), entry.score(), rules, places, comparison)
                    : finding(entry.finding(), entry.score(), rules, places, comparison);
            entry.suppression().ifPresent(suppression -> {
                ObjectNode item = result.putArray("suppressions").addObject();
                item.put("kind", "external").put("justification", SafeText.line(suppression.reason()));
                ObjectNode properties = item.putObject("properties").put("exempted_in", suppression.origin());
                suppression.until().ifPresent(day -> properties.put("until", day.toString()));
            });
            results.add(result);
        }
        return results;
    }

    private static ObjectNode finding(Finding finding, ProjectScore score, SarifRules rules, SarifLocation places,
                                      Optional<Comparison> comparison) {
        ObjectNode result = JSON.objectNode();
        result.put("ruleId", finding.rule());
        result.put("ruleIndex", rules.index(finding.rule()));
        result.put("level", SarifRules.level(finding.effect()));
        result.putObject("message").put("text", message(finding, score));
        List<Evidence> evidence = finding.evidence();
        String file = score.project().file();
        result.putArray("locations").addObject().set("physicalLocation", evidence.isEmpty()
                ? places.physical(file, 1, 0) : places.physical(file, evidence.get(0).location()));
        if (evidence.size() > 1) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 1; i < evidence.size() && i <= RELATED_LIMIT; i++) {
                ObjectNode place = related.addObject().put("id", i);
                place.set("physicalLocation", places.physical(file, evidence.get(i).location()));
                place.putObject("message").put("text", evidence.get(i).path() + " = " + quote(evidence.get(i).text()));
            }
        }
        result.putObject("partialFingerprints").put(SarifFingerprint.KEY, SarifFingerprint.of(finding.rule(),
                score.project().id(), evidence.isEmpty() ? "" : evidence.get(0).path()));
        projectProperties(result.putObject("properties"), score, comparison);
        return result;
    }

    private static void projectProperties(ObjectNode properties, ProjectScore score, Optional<Comparison> comparison) {
        properties.put("project", score.project().id()).put("score", score.score()).put("verdict", score.verdict().id())
                .put("hype", score.hype()).put("substance", score.substance()).put("confidence", score.confidence());
        comparison.flatMap(c -> c.before(score)).ifPresent(before -> properties
                .put("delta", score.score() - before.score()).put("previous_verdict", before.verdict().id()));
    }

    /** A contradicted claim, at the claim; the facts that refute it as related locations. */
    private static ObjectNode claim(ClaimCheck claim, ProjectScore score, SarifRules rules, SarifLocation places,
                                    Optional<Comparison> comparison) {
        ObjectNode result = JSON.objectNode();
        result.put("ruleId", SarifRules.CONTRADICTED_CLAIM);
        result.put("ruleIndex", rules.index(SarifRules.CONTRADICTED_CLAIM));
        result.put("level", "warning");
        String file = score.project().file();
        String where = SafeText.line(places.repositoryPath(file));
        String against = claim.evidence().stream()
                .map(e -> e.path() + " = " + quote(e.text()) + " (" + where + ":" + e.location().line() + ")")
                .collect(Collectors.joining(", "));
        result.putObject("message").put("text", "Claim " + quote(claim.text()) + " in " + SafeText.line(score.project().name())
                + " is contradicted by " + (against.isEmpty() ? "the file's facts" : against));
        result.putArray("locations").addObject().set("physicalLocation", places.physical(file, claim.location()));
        if (!claim.evidence().isEmpty()) {
            ArrayNode related = result.putArray("relatedLocations");
            List<Evidence> evidence = claim.evidence();
            for (int i = 0; i < evidence.size() && i < RELATED_LIMIT; i++) {
                ObjectNode place = related.addObject().put("id", i + 1);
                place.set("physicalLocation", places.physical(file, evidence.get(i).location()));
                place.putObject("message").put("text", evidence.get(i).path() + " = " + quote(evidence.get(i).text()));
            }
        }
        result.putObject("partialFingerprints").put(SarifFingerprint.KEY,
                SarifFingerprint.of(SarifRules.CONTRADICTED_CLAIM, score.project().id(), claim.text()));
        ObjectNode properties = result.putObject("properties");
        properties.put("claim", claim.path()).put("topic", claim.topic());
        projectProperties(properties, score, comparison);
        return result;
    }

    /** {@code Title (+10 hype) in Project: path = "text", path = "text"}. */
    private static String message(Finding finding, ProjectScore score) {
        String head = SafeText.line(finding.message()) + " (+" + finding.points() + " " + finding.effect().id() + ") in "
                + SafeText.line(score.project().name());
        if (finding.evidence().isEmpty()) {
            return head;
        }
        return head + ": " + finding.evidence().stream().map(e -> e.path() + " = " + quote(e.text()))
                .collect(Collectors.joining(", "));
    }

    private static String quote(String text) {
        String flat = SafeText.line(text).replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > 80 ? flat.substring(0, 77) + "..." : flat) + "\"";
    }

    private static ObjectNode error(Diagnostic error, SarifRules rules, SarifLocation places) {
        ObjectNode result = JSON.objectNode();
        result.put("ruleId", SarifRules.INVALID_FILE);
        result.put("ruleIndex", rules.index(SarifRules.INVALID_FILE));
        result.put("level", "error");
        result.putObject("message").put("text", SafeText.line(error.message()));
        result.putArray("locations").addObject().set("physicalLocation", place(error, places));
        result.putObject("partialFingerprints").put(SarifFingerprint.KEY,
                SarifFingerprint.of(SarifRules.INVALID_FILE, SarifLocation.path(error.file()), error.message()));
        return result;
    }

    /** Where an error stands; a whole-file error (line 0) is put at line 1. */
    static ObjectNode place(Diagnostic error, SarifLocation places) {
        return places.physical(error.file(), error.line(), error.column());
    }
}
