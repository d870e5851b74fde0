package io.hypecheck.score;

import io.hypecheck.rubric.Kind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The verdict rule, which the README repeats: {@code unknown} when under a fifth of the rules that
 * apply could be decided or no rule fired; {@code substance} at a score of {@value #SUBSTANCE_AT}
 * or more <em>with</em> strong substance of at least {@value #SUBSTANCE_KINDS} kinds; {@code hype}
 * at {@value #HYPE_AT} or less with strong hype of at least {@value #HYPE_KINDS} kinds; otherwise
 * {@code mixed}. A strong finding counts at least 5 points and does not rest on self-reported or
 * disputed facts alone; a kind is what the finding rests on (usage, revenue, open work, research…).
 */
public final class Verdicts {

    /** At or above this score the verdict can be substance. */
    public static final int SUBSTANCE_AT = 60;
    /** At or below this score the verdict can be hype. */
    public static final int HYPE_AT = 40;
    /** Strong substance needs this many kinds of fact. */
    public static final int SUBSTANCE_KINDS = 3;
    /** Strong hype needs this many kinds of fact. */
    public static final int HYPE_KINDS = 2;
    /** Below this share of decided rules the verdict is unknown. */
    public static final double MIN_COVERAGE = 0.2;

    private Verdicts() {
    }

    /**
     * Kinds that do not count as support: being live, a public team, belonging to a hyped trend.
     * Independent audits do: the article's map lists them among the signs of a tangible application. A rule that declares no kind ({@code other}) counts as a kind of its own.
     */
    public static final Set<Kind> NOT_SUPPORT = EnumSet.of(Kind.PRODUCT, Kind.ASSURANCE, Kind.TREND);

    static Verdict decide(int score, double coverage, boolean nothingFired, Collection<Kind> substance, Collection<Kind> hype) {
        if (coverage < MIN_COVERAGE || nothingFired) {
            return Verdict.UNKNOWN;
        }
        if (score >= SUBSTANCE_AT && support(substance) >= SUBSTANCE_KINDS) {
            return Verdict.SUBSTANCE;
        }
        if (score <= HYPE_AT && support(hype) >= HYPE_KINDS) {
            return Verdict.HYPE;
        }
        return Verdict.MIXED;
    }

    /** How many kinds of fact support a side: the distinct kinds, each {@code other} apart, less those that are no support. */
    static long support(Collection<Kind> kinds) {
        return kinds.stream().filter(k -> !NOT_SUPPORT.contains(k) && k != Kind.OTHER).distinct().count()
                + kinds.stream().filter(k -> k == Kind.OTHER).count();
    }
}
