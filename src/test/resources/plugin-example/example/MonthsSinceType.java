package example;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.RuleType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** Example plugin: true when a date field lies at least {@code min} months before today. */
public final class MonthsSinceType implements RuleType {

    @Override
    public String name() {
        return "months-since";
    }

    @Override
    public String description() {
        return "A date field is at least min (and at most max) months before today.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("field", "min", "max");
    }

    @Override
    public Condition compile(Params params) {
        String field = params.field("field");
        long min = params.number("min").map(BigDecimal::longValue).orElse(0L);
        long max = params.number("max").map(BigDecimal::longValue).orElse(Long.MAX_VALUE);
        if (min > max) {
            throw new InvalidRuleException("min must not exceed max");
        }
        return facts -> {
            List<Fact> values = facts.values(field);
            if (values.isEmpty()) {
                return Outcome.unknown();
            }
            for (Fact fact : values) {
                if (fact.value() instanceof LocalDate date) {
                    long months = ChronoUnit.MONTHS.between(date, facts.today());
                    if (months >= min && months <= max) {
                        return Outcome.yes(new Evidence(fact.path(), fact.text() + " (" + months + " months ago)",
                                fact.location()));
                    }
                }
            }
            return Outcome.no();
        };
    }
}
