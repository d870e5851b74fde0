package io.hypecheck.report;

import io.hypecheck.api.Evidence;
import io.hypecheck.rubric.Effect;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Scorer;
import io.hypecheck.score.TrendScore;
import java.util.Locale;

/** The full explanation of one project: scores, how they add up, every finding with its evidence and article point. */
public final class ExplainRenderer {

    private ExplainRenderer() {
    }

    /** The explanation as text. */
    public static String render(ProjectScore score) {
        StringBuilder out = new StringBuilder();
        out.append(score.project().name()).append(" (").append(score.project().file()).append(")\n");
        out.append(String.format(Locale.ROOT, "verdict %s: score %d = 50 + (substance %d - hype %d) / 2; confidence %.2f\n",
                score.verdict().id(), score.score(), score.substance(), score.hype(), score.confidence()));
        ExplainJudgment.summary(out, score);
        out.append(String.format(Locale.ROOT, "evidence: %d of %d rules decided, %d unknown for lack of facts; as_of %s\n",
                score.rulesChecked() - score.rulesUnknown(), score.rulesChecked(), score.rulesUnknown(),
                score.project().asOfText().orElse("absent")));
        if (score.verdict() == io.hypecheck.score.Verdict.UNKNOWN) {
            out.append("too little evidence to judge: add facts (and sources, as_of) to the file\n");
        }
        out.append("\ntrends:").append(score.trends().isEmpty() ? " none matched\n" : "\n");
        for (TrendScore trend : score.trends()) {
            out.append("  ").append(trend(trend)).append('\n');
            trend.evidence().stream().limit(4).forEach(e -> out.append("      signal: ").append(e.path()).append(" = ")
                    .append(quote(e.text())).append(" at line ").append(e.location().line()).append('\n'));
        }
        for (Effect effect : Effect.values()) {
            out.append('\n').append(effect.id()).append(" findings:\n");
            boolean any = false;
            for (Finding finding : score.findings()) {
                if (finding.effect() == effect) {
                    any = true;
                    finding(out, finding);
                }
            }
            if (!any) {
                out.append("  (none)\n");
            }
        }
        if (!score.suppressed().isEmpty()) {
            out.append("\nsuppressed by exemptions (not counted):\n");
            score.suppressed().forEach(s -> out.append(String.format(Locale.ROOT, "  %+d %s [%s/%s]: %s\n",
                    s.finding().points(), s.finding().message(), s.finding().rubric(), s.finding().rule(), s.reason())));
        }
        ExplainJudgment.details(out, score, text -> text);
        if (!score.undecided().isEmpty()) {
            out.append("\nundecided for lack of facts (adding them raises confidence):\n");
            score.undecided().forEach(f -> out.append(String.format(Locale.ROOT, "  %s %d %s [%s/%s]\n",
                    f.effect().id(), f.points(), f.message(), f.rubric(), f.rule())));
        }
        return out.toString();
    }

    private static String trend(TrendScore trend) {
        return String.format(Locale.ROOT, "%s (%s, strength %.2f)", trend.id(), trend.stance().id(), trend.strength());
    }

    private static void finding(StringBuilder out, Finding finding) {
        String counted = finding.weight() == 0 ? " (counts 0: a larger finding already counts the missing demand)"
                : finding.weight() < 1 ? String.format(Locale.ROOT, " (counts %s: its facts are the project's word or disputed)",
                trim(finding.counted())) : "";
        out.append(String.format(Locale.ROOT, "  +%d %s [%s/%s, %s]%s\n", finding.points(), finding.message(),
                finding.rubric(), finding.rule(), finding.kind().id(), counted));
        for (Evidence evidence : finding.evidence()) {
            out.append("      evidence: ").append(evidence.path()).append(" = ").append(quote(evidence.text()))
                    .append(" at line ").append(evidence.location().line())
                    .append(", column ").append(evidence.location().column());
            if (evidence.basis() != io.hypecheck.api.Basis.FIELD || evidence.provenance() != io.hypecheck.api.Provenance.UNSTATED) {
                out.append(" (").append(evidence.basis().id()).append(evidence.provenance() == io.hypecheck.api.Provenance.UNSTATED
                        ? "" : ", " + evidence.provenance().id()).append(')');
            }
            out.append('\n');
        }
        out.append("      why: ").append(finding.why()).append('\n');
        out.append("      article: ").append(finding.cites().label()).append('\n');
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A value on one line, cut at 80 characters, in quotes. */
    static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > 80 ? flat.substring(0, 77) + "..." : flat) + "\"";
    }
}
