package io.hypecheck.score;

import io.hypecheck.project.ProjectFormat;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What would change a verdict, as L2BEAT lists what a rollup lacks for its next stage: the
 * undecided rules (a missing fact: up to half their points on the score, up for substance, down
 * for hype) and the substance findings that count only in part because their facts are
 * self-reported or disputed (the rest of their points, if someone else stood behind them). The
 * {@value #MOST} that would move the score most, largest first.
 */
final class NextFacts {

    static final int MOST = 5;
    private static final Pattern PATH = Pattern.compile("[a-z_]+(\\[\\])?(\\.[a-z_]+)*");

    private NextFacts() {
    }

    static List<Next> of(List<Finding> findings, List<Rule> undecided) {
        List<Next> out = new ArrayList<>();
        for (Rule rule : undecided) {
            int points = (int) Math.ceil(rule.points() / 2.0);
            List<String> fields = fields(rule.source());
            String what = fields.isEmpty() ? "the facts it needs" : String.join(", ", fields);
            out.add(rule.effect() == Effect.SUBSTANCE
                    ? new Next(rule.id(), String.format(Locale.ROOT, "%s: up to +%d with %s", rule.title(), points, what), points, fields)
                    : new Next(rule.id(), String.format(Locale.ROOT, "%s: down to -%d if %s show it", rule.title(), points, what), -points, fields));
        }
        for (Finding finding : findings) {
            if (finding.effect() == Effect.SUBSTANCE && finding.weight() < 1) {
                int points = (int) Math.round(finding.points() * (1 - finding.weight()) / 2.0);
                List<String> fields = finding.evidence().stream().map(e -> e.path()).distinct().toList();
                if (points > 0) {
                    out.add(new Next(finding.rule(), String.format(Locale.ROOT,
                            "%s: +%d if %s came from a third party, the chain or an audit instead of the project alone",
                            finding.message(), points, String.join(", ", fields)), points, fields));
                }
            }
        }
        out.sort(Comparator.comparingInt((Next n) -> -Math.abs(n.points())).thenComparing(n -> n.points() < 0)
                .thenComparing(Next::rule));
        return List.copyOf(out.subList(0, Math.min(MOST, out.size())));
    }

    /** The project-format paths a rule's condition names, in order. */
    private static List<String> fields(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = PATH.matcher(source);
        while (m.find()) {
            String path = m.group();
            if (path.contains(".") && ProjectFormat.paths().contains(path) && !out.contains(path)) {
                out.add(path);
            }
        }
        return out;
    }
}
