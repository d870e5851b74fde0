package io.hypecheck.score;

import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Missing demand counts once. Whether anyone is shown to need or pay for a product is one fact;
 * when several rubrics each find it missing ("no stated demand" for GPU networks, "proofs without
 * buyers" for proof of inference, "use not disclosed" for every token), only the finding with the
 * most points counts (the first of equals, in rule order); the others stay in the report with
 * weight 0, so the score does not add the same absence twice.
 */
final class DemandOnce {

    private DemandOnce() {
    }

    static List<Finding> apply(List<Finding> findings) {
        Finding kept = null;
        for (Finding f : findings) {
            if (demand(f) && (kept == null || f.points() > kept.points())) {
                kept = f;
            }
        }
        if (kept == null) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(demand(f) && f != kept ? f.withWeight(0) : f);
        }
        return List.copyOf(out);
    }

    private static boolean demand(Finding f) {
        return f.effect() == Effect.HYPE && f.kind() == Kind.DEMAND;
    }
}
