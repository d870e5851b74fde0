package io.hypecheck.diagnostic;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one ({@code tokn} → {@code token}). */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code name} by edit distance (transpositions count once), if it
     * is close enough to be a plausible typo, else the first candidate that {@code name} begins
     * (a truncated name); ties go to the alphabetically first candidate.
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int distance = distance(name.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return name.length() < 4 ? Optional.empty() : candidates.stream().sorted()
                .filter(c -> c.toLowerCase(java.util.Locale.ROOT).startsWith(lower)).findFirst();
    }

    /** {@code " (did you mean 'x'?)"}, or an empty string when nothing is close. */
    public static String hint(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** Optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
