package io.hypecheck.score;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Evidence;
import io.hypecheck.rubric.Effect;
import java.util.List;

/**
 * How much a finding's evidence can be trusted. Two numbers, both the best of the facts it rests on
 * (the absences that only guard a finding, such as "no structured user count", do not count when it
 * has other evidence):
 * <ul>
 *   <li>its <b>weight</b>, the share of a substance finding's points that count: 0.5 when it rests
 *       only on self-reported facts, 0.25 only on disputed ones, else 1 (hype counts in full);</li>
 *   <li>its <b>quality</b>, for confidence: 1 for third-party, on-chain or audited facts; for
 *       facts whose source the file does not state, 0.8 from a structured field, 0.7 read from prose,
 *       0.6 from matched words, 0.5 from an absence; 0.3 self-reported; 0.1 disputed.</li>
 * </ul>
 */
final class Quality {

    private Quality() {
    }

    static double weight(Effect effect, List<Evidence> evidence) {
        if (effect == Effect.HYPE || evidence.isEmpty()) {
            return 1;
        }
        return facts(evidence).stream().mapToDouble(e -> switch (e.provenance()) {
            case SELF_REPORTED -> 0.5;
            case DISPUTED -> 0.25;
            default -> 1;
        }).max().orElse(1);
    }

    static double quality(List<Evidence> evidence) {
        return facts(evidence).stream().mapToDouble(Quality::quality).max().orElse(0.5);
    }

    /**
     * The evidence a finding rests on: its facts, without the absences that only guard it ("no
     * structured user count, so read the prose"); the absences alone when it has nothing else.
     */
    private static List<Evidence> facts(List<Evidence> evidence) {
        List<Evidence> facts = evidence.stream().filter(e -> e.basis() != Basis.ABSENCE).toList();
        return facts.isEmpty() ? evidence : facts;
    }

    private static double quality(Evidence e) {
        return switch (e.provenance()) {
            case THIRD_PARTY, ON_CHAIN, AUDITED -> 1;
            case SELF_REPORTED -> 0.3;
            case DISPUTED -> 0.1;
            case UNSTATED -> switch (e.basis()) {
                case FIELD -> 0.8;
                case PROSE -> 0.7;
                case TEXT -> 0.6;
                case ABSENCE -> 0.5;
            };
        };
    }

    /** Whether a finding is strong enough to support a verdict: at least 5 counted points, not resting on weak facts. */
    static boolean strong(Finding finding) {
        return finding.counted() >= 5 && finding.weight() >= 1;
    }
}
