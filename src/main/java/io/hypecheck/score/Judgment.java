package io.hypecheck.score;

import io.hypecheck.claims.ClaimCheck;
import io.hypecheck.rubric.Kind;
import java.util.List;
import java.util.Objects;

/**
 * What a verdict rests on, beyond the score.
 *
 * @param scoreLow       the score if every undecided rule went against the project
 * @param scoreHigh      the score if every undecided rule went for it
 * @param coverage       the share of the rules that apply that could be decided
 * @param substanceKinds the kinds of fact behind its strong substance findings (its support)
 * @param hypeKinds      the kinds of fact behind its strong hype findings
 * @param next           the facts that would move the score most
 * @param claims         the claims ledger
 */
public record Judgment(int scoreLow, int scoreHigh, double coverage, List<Kind> substanceKinds, List<Kind> hypeKinds,
                       List<Next> next, List<ClaimCheck> claims) {

    public Judgment {
        substanceKinds = List.copyOf(substanceKinds);
        hypeKinds = List.copyOf(hypeKinds);
        next = List.copyOf(next);
        claims = List.copyOf(claims);
        if (scoreLow < 0 || scoreHigh > 100 || scoreLow > scoreHigh) {
            throw new IllegalArgumentException("bad score range " + scoreLow + ".." + scoreHigh);
        }
        if (coverage < 0 || coverage > 1) {
            throw new IllegalArgumentException("coverage must be 0 to 1");
        }
        Objects.requireNonNull(next, "next");
    }

    /** A judgment with nothing beyond the score itself. */
    public static Judgment of(int score) {
        return new Judgment(score, score, 0, List.of(), List.of(), List.of(), List.of());
    }
}
