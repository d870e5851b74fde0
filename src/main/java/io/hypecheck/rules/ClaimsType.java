package io.hypecheck.rules;

import io.hypecheck.api.Basis;
import io.hypecheck.api.Condition;
import io.hypecheck.api.Evidence;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Params;
import io.hypecheck.api.Provenance;
import io.hypecheck.api.RuleType;
import io.hypecheck.claims.ClaimCheck;
import io.hypecheck.claims.ClaimStatus;
import io.hypecheck.claims.ClaimsLedger;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code claims}: true when at least {@code min} (default 1) of the project's claims have the
 * given {@code status} in the claims ledger ({@link ClaimsLedger}): {@code supported},
 * {@code contradicted} or {@code unsupported}. Evidence: those claims, with what refutes them.
 * False when the claims are present and too few have it; unknown when the file has no claims.
 */
public final class ClaimsType implements RuleType {

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public String description() {
        return "At least min (default 1) claims are supported, contradicted or unsupported by the file's facts.";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("status", "min");
    }

    @Override
    public Optional<String> shorthand() {
        return Optional.of("status");
    }

    @Override
    public Condition compile(Params params) {
        String wanted = params.string("status");
        ClaimStatus status = Arrays.stream(ClaimStatus.values()).filter(s -> s.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidRuleException("status must be supported, contradicted or unsupported, got '"
                        + wanted + "'"));
        BigDecimal min = params.number("min").orElse(BigDecimal.ONE);
        if (min.stripTrailingZeros().scale() > 0 || min.signum() <= 0) {
            throw new InvalidRuleException("min must be a whole number of 1 or more, got " + min.toPlainString());
        }
        int least = min.intValueExact();
        return facts -> {
            if (facts.values("claims").isEmpty()) {
                return Outcome.unknown();
            }
            List<ClaimCheck> matching = ClaimsLedger.of(facts).stream().filter(c -> c.status() == status).toList();
            if (matching.size() < least) {
                return Outcome.no();
            }
            return Outcome.yes(matching.stream().flatMap(c -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(new Evidence(c.path(), c.text(), c.location(), Basis.TEXT, Provenance.SELF_REPORTED)),
                    c.evidence().stream())).limit(6).toList());
        };
    }
}
