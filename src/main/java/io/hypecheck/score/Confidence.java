package io.hypecheck.score;

import io.hypecheck.rubric.Effect;
import java.util.List;

/**
 * How far to trust a verdict, 0 to 1, to two decimals (the README repeats it):
 * {@code freshness × sourcing × (0.5 × evidence + 0.375 × robustness + 0.125 × quality)}, where
 * <ul>
 *   <li>{@code evidence} is how much the verdict rests on: the number of rules the file's facts
 *       decided (either way), over {@value #ENOUGH_DECIDED}, at most 1; a verdict drawn from a handful of
 *       decided rules is trusted less than one drawn from many;</li>
 *   <li>{@code robustness} is the share of the score range ({@code score_low} to {@code score_high},
 *       what the score would be if every undecided rule went against the project or for it) that
 *       lies inside the verdict's band: 60 to 100 for substance, 0 to 40 for hype, 41 to 59 for mixed
 *       (each band read to the half point, so a range of one score is all in or all out). It is how
 *       far the score sits from the nearest line, measured against what the file leaves open: a
 *       verdict the missing facts could not move is 1; a mixed verdict held back from a line it
 *       passed for lack of support lies mostly outside its band;</li>
 *   <li>{@code quality} is the point-weighted quality of the evidence behind the decisive findings
 *       (the verdict's own side; both sides for mixed) as {@link Quality} grades it, so self-reported
 *       or disputed facts lower it;</li>
 *   <li>{@code freshness} is 1 when {@code as_of} is within 12 months of today, 0.7 when older, 0.85
 *       when absent; {@code sourcing} is 1 with {@code sources}, 0.85 without.</li>
 * </ul>
 * An unknown verdict's confidence is {@code freshness × sourcing × 0.3 × coverage}.
 */
final class Confidence {

    /** This many decided rules give full weight to the evidence term. */
    static final int ENOUGH_DECIDED = 30;

    private Confidence() {
    }

    static double of(Verdict verdict, int score, int low, int high, double coverage, int decided, List<Finding> findings,
                     double freshness, double sourcing) {
        if (verdict == Verdict.UNKNOWN) {
            return round(freshness * sourcing * 0.3 * coverage);
        }
        List<Finding> counting = findings.stream().filter(f -> f.weight() > 0).toList();
        List<Finding> decisive = switch (verdict) {
            case SUBSTANCE -> counting.stream().filter(f -> f.effect() == Effect.SUBSTANCE).toList();
            case HYPE -> counting.stream().filter(f -> f.effect() == Effect.HYPE).toList();
            default -> counting;
        };
        double points = decisive.stream().mapToDouble(Finding::points).sum();
        double quality = points == 0 ? 0 : decisive.stream().mapToDouble(f -> f.points() * Quality.quality(f.evidence())).sum() / points;
        double evidence = Math.min(1.0, decided / (double) ENOUGH_DECIDED);
        return round(freshness * sourcing * (0.5 * evidence + 0.375 * robustness(verdict, score, low, high) + 0.125 * quality));
    }

    /** The share of the range {@code [low, high]} inside the verdict's band; for a range of one score, 1 or 0. */
    static double robustness(Verdict verdict, int score, int low, int high) {
        double from = switch (verdict) {
            case SUBSTANCE -> Verdicts.SUBSTANCE_AT - 0.5;
            case MIXED -> Verdicts.HYPE_AT + 0.5;
            default -> -0.5;
        };
        double to = switch (verdict) {
            case SUBSTANCE -> 100.5;
            case MIXED -> Verdicts.SUBSTANCE_AT - 0.5;
            default -> Verdicts.HYPE_AT + 0.5;
        };
        if (low == high) {
            return score > from && score < to ? 1 : 0;
        }
        return Math.max(0, Math.min(high, to) - Math.max(low, from)) / (high - low);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
