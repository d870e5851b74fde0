package io.hypecheck.score;

import io.hypecheck.rubric.Effect;
import java.util.List;

/**
 * How far to trust a verdict, 0 to 1, to two decimals (the README repeats it):
 * {@code freshness × sourcing × (0.3 × coverage + 0.35 × quality + 0.35 × margin)}, where
 * <ul>
 *   <li>{@code coverage} is the share of the rules that apply that could be decided;</li>
 *   <li>{@code quality} is the point-weighted quality of the evidence behind the decisive findings
 *       (the verdict's own side; both sides for mixed) as {@link Quality} grades it;</li>
 *   <li>{@code margin} is how far the score sits inside its verdict's band: for substance
 *       (score − 59) ÷ 15, for hype (41 − score) ÷ 15, for mixed the distance to the nearer line ÷ 10,
 *       or ÷ 20 when the side it leans to has the support its verdict needs (a borderline call), and
 *       none when a score past a line was held back for lack of support; each at most 1;</li>
 *   <li>{@code freshness} is 1 when {@code as_of} is within 12 months of today, 0.7 when older, 0.85
 *       when absent; {@code sourcing} is 1 with {@code sources}, 0.85 without.</li>
 * </ul>
 */
final class Confidence {

    private Confidence() {
    }

    static double of(Verdict verdict, int score, double coverage, List<Finding> findings, double freshness, double sourcing,
                     boolean leaningSupported) {
        if (verdict == Verdict.UNKNOWN) {
            return round(freshness * sourcing * 0.3 * coverage);
        }
        List<Finding> decisive = switch (verdict) {
            case SUBSTANCE -> findings.stream().filter(f -> f.effect() == Effect.SUBSTANCE).toList();
            case HYPE -> findings.stream().filter(f -> f.effect() == Effect.HYPE).toList();
            default -> findings;
        };
        double points = decisive.stream().mapToDouble(Finding::points).sum();
        double quality = points == 0 ? 0 : decisive.stream().mapToDouble(f -> f.points() * Quality.quality(f.evidence())).sum() / points;
        double margin = switch (verdict) {
            case SUBSTANCE -> (score - Verdicts.SUBSTANCE_AT + 1) / 15.0;
            case HYPE -> (Verdicts.HYPE_AT - score + 1) / 15.0;
            default -> Math.min(score - Verdicts.HYPE_AT, Verdicts.SUBSTANCE_AT - score) / (leaningSupported ? 20.0 : 10.0);
        };
        margin = Math.max(0, Math.min(1, margin));
        return round(freshness * sourcing * (0.3 * coverage + 0.35 * quality + 0.35 * margin));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
