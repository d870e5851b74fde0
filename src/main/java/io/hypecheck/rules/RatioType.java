package io.hypecheck.rules;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ratio}: true when numerator ÷ denominator, each the sum of the numeric values at its
 * field, lies within [min, max] (inclusive). A positive numerator over zero is +∞ (above any min,
 * beyond any max); zero over zero is unknown, as is a side without a numeric value. Evidence:
 * {@code ratio R} at path {@code numerator/denominator} (R to four significant digits, located at
 * the numerator), then the numerator's and the denominator's values.
 */
public final class RatioType implements RuleType {

    @Override
    public String name() {
        return "ratio";
    }

    @Override
    public String description() {
        return "The sum at numerator divided by the sum at denominator lies within [min, max]; x/0 is infinite, 0/0 unknown.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("numerator", "denominator", "min", "max");
    }

    @Override
    public Condition compile(Params params) {
        String numerator = params.numberField("numerator");
        String denominator = params.numberField("denominator");
        Bounds bounds = Bounds.of(params);
        return facts -> {
            List<Fact> top = numbers(facts.values(numerator));
            List<Fact> bottom = numbers(facts.values(denominator));
            if (top.isEmpty() || bottom.isEmpty()) {
                return Missing.outcome(facts, numerator, denominator);
            }
            BigDecimal a = sum(top);
            BigDecimal b = sum(bottom);
            boolean holds;
            String ratio;
            if (b.signum() == 0) {
                if (a.signum() == 0) {
                    return Outcome.unknown();
                }
                holds = bounds.containsInfinity(a.signum());
                ratio = a.signum() > 0 ? "infinite" : "-infinite";
            } else {
                BigDecimal value = a.divide(b, MathContext.DECIMAL64);
                holds = bounds.contains(value);
                ratio = value.round(new MathContext(4)).stripTrailingZeros().toPlainString();
            }
            if (!holds) {
                return Outcome.no();
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence(numerator + "/" + denominator, "ratio " + ratio, top.get(0).location()));
            top.forEach(f -> evidence.add(f.evidence()));
            bottom.forEach(f -> evidence.add(f.evidence()));
            return Outcome.yes(evidence);
        };
    }

    private static List<Fact> numbers(List<Fact> facts) {
        return facts.stream().filter(f -> f.number() != null).toList();
    }

    private static BigDecimal sum(List<Fact> facts) {
        return facts.stream().map(Fact::number).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
