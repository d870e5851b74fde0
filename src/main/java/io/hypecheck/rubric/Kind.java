package io.hypecheck.rubric;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of fact a rule rests on. A verdict needs support from several kinds, not one rule
 * repeated: substance from usage, revenue, open work, research, delivered results…; hype from
 * valuation, narrative, feasibility, centralization…
 */
public enum Kind {
    /** A product or network in production. */
    PRODUCT,
    /** People or agents using it. */
    USAGE,
    /** Money paid for it. */
    REVENUE,
    /** Open code, weights or data. */
    OPEN_WORK,
    /** AI research talent and research output. */
    RESEARCH,
    /** A public team: people who can be checked, no evidence of the product itself. */
    ASSURANCE,
    /** Independent audits: paid outside scrutiny of code that exists. */
    AUDIT,
    /** Results the trend calls for, delivered: a finished run, money paid out, proofs in use. */
    DELIVERY,
    /** A valuation without the use to carry it. */
    VALUATION,
    /** Words without product: buzzwords, grand claims, roadmaps, claims the facts do not back. */
    NARRATIVE,
    /** Belonging to a trend the article calls overhyped. */
    TREND,
    /** What the article says cannot work at that scale on Web3 infrastructure. */
    FEASIBILITY,
    /** Dependence on central providers or closed code behind a decentralization claim. */
    CENTRALIZATION,
    /** No AI talent, or a hidden team. */
    TEAM,
    /** No one stated to need or pay for it. */
    DEMAND,
    /** Use or price falling away. */
    DECLINE,
    /** Anything else. */
    OTHER;

    /** The id as written in rubrics and reports: {@code open-work}, {@code usage}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this id. */
    public static Optional<Kind> parse(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
