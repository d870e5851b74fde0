package io.hypecheck.report;

import io.hypecheck.claims.ClaimCheck;
import io.hypecheck.rubric.Kind;
import io.hypecheck.score.Judgment;
import io.hypecheck.score.Next;
import io.hypecheck.score.ProjectScore;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The part of {@code explain} that says what a verdict rests on: support, score range, what would change it, the claims ledger. */
final class ExplainJudgment {

    private ExplainJudgment() {
    }

    /** The lines under the verdict: score range and support. */
    static void summary(StringBuilder out, ProjectScore score) {
        Judgment j = score.judgment();
        out.append(String.format(Locale.ROOT, "range: %d to %d if every undecided rule went against it or for it; coverage %.2f\n",
                j.scoreLow(), j.scoreHigh(), j.coverage()));
        out.append("support: substance ").append(kinds(j.substanceKinds())).append("; hype ").append(kinds(j.hypeKinds()))
                .append(" (substance needs 3 kinds of strong fact, hype 2)\n");
    }

    /** What would change the verdict, and the claims ledger. */
    static void details(StringBuilder out, ProjectScore score, UnaryOperator<String> clean) {
        Judgment j = score.judgment();
        if (!j.next().isEmpty()) {
            out.append("\nwhat would change the score most:\n");
            for (Next n : j.next()) {
                out.append(String.format(Locale.ROOT, "  %+d  %s\n", n.points(), clean.apply(n.text())));
            }
        }
        if (!j.claims().isEmpty()) {
            out.append("\nclaims ledger:\n");
            for (ClaimCheck c : j.claims()) {
                out.append(String.format(Locale.ROOT, "  %-12s %s (line %d)\n", c.status().id(), ExplainRenderer.quote(clean.apply(c.text())),
                        c.location().line()));
                c.evidence().forEach(e -> out.append("      ").append(c.status() == io.hypecheck.claims.ClaimStatus.CONTRADICTED
                        ? "refuted by: " : "backed by: ").append(e.path()).append(" = ").append(ExplainRenderer.quote(clean.apply(e.text())))
                        .append(" at line ").append(e.location().line()).append('\n'));
            }
        }
    }

    private static String kinds(List<Kind> kinds) {
        return kinds.isEmpty() ? "none" : String.join(", ", kinds.stream().map(Kind::id).toList());
    }
}
