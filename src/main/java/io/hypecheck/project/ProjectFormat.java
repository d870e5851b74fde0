package io.hypecheck.project;

import static io.hypecheck.project.Field.choice;
import static io.hypecheck.project.Field.list;
import static io.hypecheck.project.Field.object;
import static io.hypecheck.project.Field.scalar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project-file format of SPEC §1 as data: loading, the JSON Schema and the field paths
 * that rubrics may name are all derived from this one table.
 */
public final class ProjectFormat {

    /** The schema version this hypecheck reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The field paths whose values are free text that phrase rules read by default. */
    public static final List<String> TEXT_PATHS =
            List.of("name", "summary", "description", "claims", "tags", "models[].name");

    /** The provenance kinds a file may give a fact, as written ({@code self-reported}…). */
    public static final List<String> PROVENANCE_KINDS = List.of("self-reported", "third-party", "on-chain", "audited");

    /** The data sections of the format (token, traction, team, code, compute, verification, data, funding). */
    private static final Field DATA = object("", "The data sections.",
            object("token", "The project's token.",
                    scalar("symbol", Kind.TEXT, "Ticker symbol."),
                    scalar("market_cap_usd", Kind.AMOUNT, "Market capitalisation in USD."),
                    scalar("fdv_usd", Kind.AMOUNT, "Fully diluted valuation in USD."),
                    scalar("drawdown_pct", Kind.NUMBER, "Extension: how far the token trades below its high, in percent."),
                    scalar("insider_share_pct", Kind.NUMBER, "Extension: share of the supply held by the team, investors and other insiders, in percent.")),
            object("traction", "Evidence of use.",
                    scalar("live", Kind.BOOL, "Product or mainnet in production."),
                    scalar("launched", Kind.DATE, "Launch date."),
                    scalar("monthly_active_users", Kind.INT, "Monthly active users."),
                    scalar("paying_customers", Kind.INT, "Paying customers."),
                    scalar("agents", Kind.INT, "Agents deployed."),
                    scalar("nodes", Kind.INT, "Nodes or operators."),
                    scalar("revenue_usd_annual", Kind.AMOUNT, "Fees or revenue over the last 12 months, USD."),
                    scalar("tvl_usd", Kind.AMOUNT, "Extension: total value locked or deposited in the protocol, USD."),
                    scalar("volume_usd_annual", Kind.AMOUNT, "Extension: value the product settles or processes for its users over 12 months (trading, payments), USD; not the token's own trading volume."),
                    scalar("adopters", Kind.INT, "Extension: organisations or applications that use the product in production (protocols, wallets, companies)."),
                    scalar("revenue_change_pct", Kind.NUMBER, "Extension: change of revenue over the period the file describes, in percent (negative: a decline)."),
                    scalar("users_change_pct", Kind.NUMBER, "Extension: change of active users over the period the file describes, in percent.")),
            object("team", "The people behind it.",
                    scalar("size", Kind.INT, "Team size."),
                    scalar("ai_researchers", Kind.INT, "AI researchers on the team."),
                    scalar("public", Kind.BOOL, "Identities are public.")),
            object("code", "Source code.",
                    scalar("repo", Kind.URL, "Main repository URL."),
                    scalar("open_source", Kind.BOOL, "The code is open source."),
                    scalar("license", Kind.TEXT, "SPDX licence id."),
                    scalar("contributors", Kind.INT, "Contributors."),
                    scalar("commits_last_90d", Kind.INT, "Commits in the last 90 days.")),
            object("compute", "Compute the project runs on.",
                    scalar("gpus", Kind.INT, "GPUs available."),
                    choice("interconnect", "How the GPUs are linked.", "datacenter", "internet", "mixed"),
                    list("depends_on", "Central providers the product relies on (openai, aws, ...).",
                            scalar("", Kind.TEXT, "A provider."))),
            object("verification", "How outputs or work are proven.",
                    choice("method", "Proof method.", "zk", "optimistic", "tee", "none"),
                    scalar("max_model_parameters_b", Kind.NUMBER, "Largest model the proofs cover, in billions."),
                    scalar("proof_time_seconds", Kind.NUMBER, "Time to prove one inference, in seconds.")),
            object("data", "Data sets.",
                    scalar("datasets", Kind.INT, "Data sets published."),
                    scalar("contributors", Kind.INT, "Data contributors."),
                    scalar("synthetic", Kind.BOOL, "Produces synthetic data.")),
            object("funding", "How the project funds builders.",
                    list("mechanisms", "Funding mechanisms.",
                            choice("", "A mechanism.", "airdrop", "points", "incentives", "grants", "retro", "bounties")),
                    scalar("distributed_usd", Kind.AMOUNT, "Paid out to builders so far, USD."),
                    scalar("raised_usd", Kind.AMOUNT, "Extension: money the project itself raised from investors or token sales, USD.")));

    private static final Field MODELS =
list("models", "AI models the project trains, fine-tunes, serves or verifies.",
                    object("", "A model.",
                            scalar("name", Kind.TEXT, "Model name."),
                            scalar("parameters_b", Kind.NUMBER, "Parameters, in billions."),
                            scalar("open_weights", Kind.BOOL, "Weights are published."),
                            choice("role", "What the project does with it.", "trained", "fine-tuned", "served", "verified")));

    private static final Field ROOT = object("", "A Web3-AI project, as an analyst records it.",
            scalar("schema_version", Kind.INT, "Format version; absent means 1."),
            scalar("name", Kind.TEXT, "Display name (required)."),
            scalar("id", Kind.SLUG, "Stable identifier; default: the file name without extension."),
            scalar("website", Kind.URL, "Official website."),
            scalar("summary", Kind.TEXT, "One-line summary, English or Portuguese."),
            scalar("description", Kind.TEXT, "Longer description, English or Portuguese."),
            list("tags", "Free tags; a trend id here declares the trend.", scalar("", Kind.TEXT, "A tag.")),
            list("claims", "What the project promises, in its own words.", scalar("", Kind.TEXT, "A claim.")),
            DATA.fields().get("token"), DATA.fields().get("traction"), DATA.fields().get("team"), DATA.fields().get("code"),
            MODELS, DATA.fields().get("compute"), DATA.fields().get("verification"), DATA.fields().get("data"),
            DATA.fields().get("funding"),
            list("audits", "Security audits.",
                    object("", "An audit.",
                            scalar("by", Kind.TEXT, "Auditor."),
                            scalar("date", Kind.DATE, "Date of the report."),
                            scalar("url", Kind.URL, "Report URL."))),
            list("sources", "Where the facts come from.", scalar("", Kind.URL, "A source URL.")),
            list("exemptions", "Rules set aside for this project, each with a reason and an optional expiry.",
                    object("", "An exemption.",
                            scalar("rule", Kind.TEXT, "The id of the rule to set aside (required)."),
                            scalar("reason", Kind.TEXT, "Why it does not apply (required)."),
                            scalar("until", Kind.DATE, "The last day the exemption holds; after it, the rule counts again."))),
            scalar("as_of", Kind.DATE, "When the facts were true."),
            provenance());

    private static final Set<String> PATHS = collectPaths();

    private ProjectFormat() {
    }

    /** The top-level mapping of a project file. */
    public static Field root() {
        return ROOT;
    }

    /** Every path a rule may name, such as {@code models[].parameters_b} and {@code models}. */
    public static Set<String> paths() {
        return PATHS;
    }

    /** The field a path names, if the format has it. */
    public static Optional<Field> field(String path) {
        Field current = ROOT;
        for (String segment : path.split("\\.", -1)) {
            boolean each = segment.endsWith("[]");
            String name = each ? segment.substring(0, segment.length() - 2) : segment;
            current = current.fields().get(name);
            if (current == null || (each && current.kind() != Kind.LIST)) {
                return Optional.empty();
            }
            if (each) {
                current = current.element();
            }
        }
        return Optional.of(current);
    }

    /**
     * Extension: {@code provenance}, a mapping from a fact's field path to where it comes from, such
     * as {@code traction.monthly_active_users: self-reported}. Its keys are the format's own data
     * paths, so a misspelt one is a warning with a "did you mean".
     */
    private static Field provenance() {
        List<Field> keys = new ArrayList<>();
        for (String section : List.of("token", "traction", "team", "code", "compute", "verification", "data", "funding")) {
            for (Field field : DATA.fields().get(section).fields().values()) {
                keys.add(choice(section + "." + field.name(), "Where this fact comes from.",
                        PROVENANCE_KINDS.toArray(String[]::new)));
            }
        }
        for (String list : List.of("models", "audits")) {
            keys.add(choice(list, "Where these facts come from.", PROVENANCE_KINDS.toArray(String[]::new)));
        }
        return object("provenance", "Extension: where facts come from, by field path (self-reported, third-party, on-chain, audited).",
                keys.toArray(Field[]::new));
    }

    private static Set<String> collectPaths() {
        Set<String> paths = new TreeSet<>();
        collect(ROOT, "", paths);
        return java.util.Collections.unmodifiableSet(paths);
    }

    private static void collect(Field object, String prefix, Set<String> paths) {
        for (Field field : new ArrayList<>(object.fields().values())) {
            String path = prefix + field.name();
            if (path.startsWith("provenance.")) {
                continue;
            }
            paths.add(path);
            if (field.kind() == Kind.OBJECT) {
                collect(field, path + ".", paths);
            } else if (field.kind() == Kind.LIST && field.element().kind() == Kind.OBJECT) {
                collect(field.element(), path + "[].", paths);
            }
        }
    }
}
