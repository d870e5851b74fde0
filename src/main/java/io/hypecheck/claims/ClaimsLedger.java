package io.hypecheck.claims;

import static io.hypecheck.claims.Topic.concat;

import static io.hypecheck.claims.Topic.stated;
import static io.hypecheck.claims.Topic.where;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Fact;
import io.hypecheck.api.Facts;
import io.hypecheck.text.Needs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Matches every claim of a project against its facts: a claim about usage is supported by a usage
 * figure that is not only the project's word, contradicted by a stated absence, a decline or a
 * collapse; a claim of open code by a public repository, contradicted by closed code; a claim of
 * decentralization contradicted by central providers or closed code; a claim of a live product by
 * {@code traction.live}; a claim of models by the models listed; a claim of verification by a proof
 * method; a claim of money paid out by {@code funding.distributed_usd}. A claim whose topic is not recognised, or that no fact bears on, is unsupported.
 * Contradiction wins over support. Facts only the project reports do not support its claims.
 */
public final class ClaimsLedger {

    private static final BigDecimal ONE_THOUSAND = BigDecimal.valueOf(1000);

    private static final List<Topic> TOPICS = List.of(
            Topic.of("usage", "\\busers\\b|\\bwallets\\b|customers|clients|transactions|\\badoption\\b|\\bdownloads\\b|developers use|usu[aá]rios|carteiras|clientes|transa[çc][õo]es|ado[çc][ãa]o|\\bmillions of\\b|milh[õo]es de",
                    f -> concat(where(f, "traction.monthly_active_users", x -> ge(x, ONE_THOUSAND)),
                            where(f, "traction.paying_customers", x -> ge(x, BigDecimal.ONE)),
                            where(f, "traction.revenue_usd_annual", x -> ge(x, BigDecimal.valueOf(100_000)))),
                    f -> concat(stated(f, "traction.monthly_active_users"), where(f, "traction.users_change_pct", x -> le(x, -50)),
                            where(f, "traction.revenue_change_pct", x -> le(x, -50)))),
            Topic.of("open-code", "open[- ]source|\\bopen code\\b|c[oó]digo aberto|\\bauditable\\b|transparent code",
                    f -> concat(where(f, "code.open_source", x -> Boolean.TRUE.equals(x.value())), where(f, "code.repo", x -> true)),
                    f -> concat(where(f, "code.open_source", x -> Boolean.FALSE.equals(x.value())), stated(f, "code.repo"))),
            Topic.of("decentralized", "decentrali[sz]|permissionless|trustless|censorship[- ]resistant|descentraliz|sem permiss[ãa]o|resistente [àa] censura",
                    f -> concat(where(f, "traction.nodes", x -> ge(x, BigDecimal.valueOf(100))), where(f, "code.open_source", x -> Boolean.TRUE.equals(x.value()))),
                    f -> concat(where(f, "compute.depends_on", x -> true), where(f, "code.open_source", x -> Boolean.FALSE.equals(x.value())))),
            Topic.of("live", "\\blive\\b|mainnet|in production|launched|em produ[çc][ãa]o|lan[çc]ad[oa]|no ar",
                    f -> where(f, "traction.live", x -> Boolean.TRUE.equals(x.value())),
                    f -> where(f, "traction.live", x -> Boolean.FALSE.equals(x.value()))),
            Topic.of("models", "\\bmodels?\\b|\\bllms?\\b|\\bweights\\b|modelos?|pesos",
                    f -> concat(where(f, "models[].name", x -> true), where(f, "models", x -> true)),
                    f -> List.of()),
            Topic.of("verifiable", "verifiab|verified|provabl|zero[- ]knowledge|\\bzk|proofs?\\b|verific[aá]ve|comprov|provas?\\b",
                    f -> where(f, "verification.method", x -> !"none".equals(x.value())),
                    f -> where(f, "verification.method", x -> "none".equals(x.value()))),
            Topic.of("revenue", "revenue|profitable|\\bfees\\b|\\bearn\\b|receita|lucrativ|\\btaxas\\b",
                    f -> where(f, "traction.revenue_usd_annual", x -> ge(x, BigDecimal.valueOf(100_000))),
                    f -> concat(where(f, "traction.revenue_usd_annual", x -> x.number() != null && x.number().signum() == 0),
                            where(f, "traction.revenue_change_pct", x -> le(x, -50)))),
            Topic.of("paid-out", "distributed|allocated|paid out|\\bpaid\\b|\\bfunded\\b|grants?\\b|distribu[ií]|alocou|\\bpagou\\b|financiou|bolsas",
                    f -> where(f, "funding.distributed_usd", x -> ge(x, BigDecimal.ONE)),
                    f -> List.of()),
            Topic.of("agents", "\\bagents?\\b|agentes?",
                    f -> where(f, "traction.agents", x -> ge(x, BigDecimal.ONE)),
                    f -> List.of()));

    private ClaimsLedger() {
    }

    /** Ledgers already made, by the facts they were made of (the same facts are asked once per claims rule). */
    private static final java.util.Map<Facts, List<ClaimCheck>> MADE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The ledger of a project's claims, in file order; made once for the same facts. */
    public static List<ClaimCheck> of(Facts facts) {
        List<ClaimCheck> made = MADE.get(facts);
        if (made == null) {
            made = make(facts);
            MADE.put(facts, made);
        }
        return made;
    }

    private static List<ClaimCheck> make(Facts facts) {
        List<ClaimCheck> out = new ArrayList<>();
        for (Fact claim : facts.values("claims")) {
            if (!(claim.value() instanceof String text)) {
                continue;
            }
            out.add(check(facts, claim, text));
        }
        return List.copyOf(out);
    }

    private static ClaimCheck check(Facts facts, Fact claim, String text) {
        String topics = "";
        List<Evidence> support = new ArrayList<>();
        List<Evidence> against = new ArrayList<>();
        String caseless = Needs.caseless(text);
        for (Topic topic : TOPICS) {
            if (topic.in(text, caseless)) {
                topics = topics.isEmpty() ? topic.id() : topics + "," + topic.id();
                support.addAll(topic.support().apply(facts));
                against.addAll(topic.contradict().apply(facts));
            }
        }
        ClaimStatus status = !against.isEmpty() ? ClaimStatus.CONTRADICTED
                : !support.isEmpty() ? ClaimStatus.SUPPORTED : ClaimStatus.UNSUPPORTED;
        List<Evidence> evidence = status == ClaimStatus.CONTRADICTED ? against : status == ClaimStatus.SUPPORTED ? support : List.of();
        return new ClaimCheck(text, claim.path(), claim.location(), topics.isEmpty() ? "none" : topics, status,
                evidence.stream().distinct().limit(3).toList());
    }

    private static boolean ge(Fact fact, BigDecimal min) {
        return fact.number() != null && fact.number().compareTo(min) >= 0;
    }

    private static boolean le(Fact fact, int max) {
        return fact.number() != null && fact.number().compareTo(BigDecimal.valueOf(max)) <= 0;
    }
}
