package io.hypecheck.report;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.baseline.Comparison;
import io.hypecheck.baseline.Previous;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.project.Project;
import io.hypecheck.project.ProjectLoader;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.rubric.Stance;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Suppression;
import io.hypecheck.score.TrendScore;
import io.hypecheck.score.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The shared report scenarios every format is checked against, built from records: no project,
 * three projects, an invalid file among them, a suppression, a baseline, and claims ledgers with
 * contradicted claims (one of them counted by an exempted rule).
 */
final class ReportFixtures {

    static final String VERSION = "0.1.0-test";
    /** The fail condition the scenarios' reports are decided by: hype, or a 10-point regression. */
    static final FailCondition FAIL = new FailCondition(Optional.of(Verdict.HYPE), Optional.empty(), Optional.of(10));
    /** The options the golden files are rendered with: no colour, list suppressions. */
    static final RenderOptions OPTIONS = new RenderOptions(false, FAIL, true);

    private static final Citation REALITY = new Citation("Distorção da realidade Web3-AI",
            "The Web3-AI reality distortion field", "", "");
    private static final Citation SMALL = new Citation("Modelos de fundação pequena", "Small foundation models", "", "");
    private static final Citation AGENTS = new Citation("Agentes com carteiras", "Agents with wallets", "", "");
    private static final Citation FUNDING = new Citation("Financiamento criptográfico para IA", "Crypto funding for AI", "", "");
    private static final Citation ZK = new Citation("Estruturas ZK-AI", "ZK-AI frameworks", "", "");

    private ReportFixtures() {
    }

    /** The scenario names, one folder of golden files each. */
    static List<String> scenarios() {
        return List.of("empty", "several", "invalid-file", "suppression", "baseline", "claims");
    }

    /** The report of a scenario, its fail reasons decided by {@link #FAIL}. */
    static Report scenario(String name) {
        return scenario(name, FAIL);
    }

    /** The report of a scenario, its fail reasons decided by {@code fail}. */
    static Report scenario(String name, FailCondition fail) {
        Optional<Comparison> none = Optional.empty();
        return switch (name) {
            case "empty" -> new Report(VERSION, List.of(), List.of(), none, fail);
            case "several" -> new Report(VERSION, List.of(alpha(), beta(), gamma()), List.of(), none, fail);
            case "invalid-file" -> new Report(VERSION, List.of(alpha(), beta(), gamma()), errors(), none, fail);
            case "suppression" -> new Report(VERSION, List.of(alpha(), gammaWithSuppression()), List.of(), none, fail);
            case "baseline" -> new Report(VERSION, List.of(alpha(), beta(), gamma()), List.of(), Optional.of(baseline()), fail);
            case "claims" -> new Report(VERSION, List.of(epsilon(true), epsilon(false)), List.of(), none, fail);
            default -> throw new IllegalArgumentException("no scenario " + name);
        };
    }

    static Project project(String file, String yaml) {
        return ProjectLoader.load(file, yaml.getBytes(StandardCharsets.UTF_8)).project().orElseThrow();
    }

    static Evidence evidence(String path, String text, int line, int column, int endLine, int endColumn) {
        return new Evidence(path, text, new Location(line, column, endLine, endColumn));
    }

    static Finding finding(String rule, String rubric, Effect effect, int points, String message, Citation cites,
                           Evidence... evidence) {
        return new Finding(rule, rubric, effect, points, message, "Because the article says so about " + rubric + ".",
                cites, List.of(evidence));
    }

    /** Substance: open small model, live product; one buzzword finding. */
    static ProjectScore alpha() {
        Project project = project("samples/alpha.yaml", """
                name: Alpha Compute
                summary: Open small models for on-device inference
                description: A revolutionary paradigm-shifting AI protocol
                models:
                  - name: alpha-3b
                    parameters_b: 3
                    open_weights: true
                traction:
                  live: true
                sources:
                  - https://alpha.example/docs
                as_of: 2026-10-01
                """);
        List<Finding> findings = List.of(
                finding("sm-open-small-weights", "small-models", Effect.SUBSTANCE, 20, "Open weights of a small model", SMALL,
                        evidence("models[0].open_weights", "true", 7, 19, 7, 23)),
                finding("rc-live-product", "reality-check", Effect.SUBSTANCE, 24, "A product in production", REALITY,
                        evidence("traction.live", "true", 9, 9, 9, 13)),
                buzzwords(evidence("description", "revolutionary", 3, 16, 3, 29),
                        evidence("description", "paradigm-shifting", 3, 30, 3, 47)));
        return new ProjectScore(project, Verdict.SUBSTANCE, 67, 10, 44, 0.85,
                List.of(new TrendScore("small-models", Stance.HIGH_POTENTIAL, 0.8)), findings, List.of(), 12, 2, List.of());
    }

    /** Mixed, with a name full of characters that formats must escape. */
    static ProjectScore beta() {
        Project project = project("samples/beta.yaml", """
                name: 'Beta Agents, "the | wallet" <co>'
                summary: Autonomous agents that hold wallets & pay each other
                traction:
                  agents: 1200
                funding:
                  mechanisms: [airdrop, points]
                description: Web3 x AI synergy
                """);
        List<Finding> findings = List.of(
                finding("aw-agents-in-production", "agents-with-wallets", Effect.SUBSTANCE, 25, "Agents in production", AGENTS,
                        evidence("traction.agents", "1200", 4, 11, 4, 15)),
                finding("cf-points-without-payout", "crypto-funding", Effect.HYPE, 15, "Points and airdrops, nothing paid out",
                        FUNDING, evidence("funding.mechanisms[0]", "airdrop", 6, 16, 6, 23)),
                buzzwords(evidence("description", "synergy", 7, 24, 7, 31)));
        return new ProjectScore(project, Verdict.MIXED, 50, 25, 25, 0.6,
                List.of(new TrendScore("agents-with-wallets", Stance.HIGH_POTENTIAL, 0.6),
                        new TrendScore("crypto-funding", Stance.HIGH_POTENTIAL, 0.5)), findings, List.of(), 14, 6, List.of());
    }

    /** Hype: large-model ZK claims, a valuation without use, a finding without evidence, a multi-line span. */
    static ProjectScore gamma() {
        List<Finding> findings = List.of(zkClaim(), valuation(), noPublicCode(),
                buzzwords(evidence("description", "trustless AI oracle", 8, 13, 9, 12)));
        return new ProjectScore(gammaProject(), Verdict.HYPE, 15, 70, 0, 0.7,
                List.of(new TrendScore("zk-ai", Stance.HYPED, 1.0)), findings, List.of(), 10, 3, List.of());
    }

    /** Gamma with its valuation finding set aside by an exemption in the config. */
    static ProjectScore gammaWithSuppression() {
        List<Finding> findings = List.of(zkClaim(), noPublicCode(),
                buzzwords(evidence("description", "trustless AI oracle", 8, 13, 9, 12)));
        Suppression suppression = new Suppression(valuation(), "market cap from a stale aggregator, see issue #12",
                Optional.of(LocalDate.of(2027, 1, 1)), ".hypecheck.yaml");
        return new ProjectScore(gammaProject(), Verdict.HYPE, 28, 45, 0, 0.7,
                List.of(new TrendScore("zk-ai", Stance.HYPED, 1.0)), findings, List.of(suppression), 10, 3, List.of());
    }

    private static Project gammaProject() {
        return project("./samples/gamma.yaml", """
                name: Gamma ZK
                claims:
                  - Verifiable zkML proofs for GPT-4 class models in real time
                token:
                  symbol: GZK
                  market_cap_usd: $1.2B
                description: >-
                  The first trustless
                  AI oracle
                """);
    }

    private static Finding zkClaim() {
        return finding("zk-large-model-proofs", "zk-ai", Effect.HYPE, 30, "ZK proofs claimed for large models", ZK,
                evidence("claims[0]", "zkML proofs for GPT-4 class models", 3, 16, 3, 50));
    }

    private static Finding valuation() {
        return finding("rc-billion-cap-without-use", "reality-check", Effect.HYPE, 25, "A billion-dollar cap without use",
                REALITY, evidence("token.market_cap_usd", "$1.2B", 6, 19, 6, 24));
    }

    private static Finding noPublicCode() {
        return finding("rc-no-public-code", "reality-check", Effect.HYPE, 5, "No public code", REALITY);
    }

    private static Finding buzzwords(Evidence... evidence) {
        return finding("rc-buzzwords", "reality-check", Effect.HYPE, 10, "Buzzwords without product", REALITY, evidence);
    }

    /**
     * Claims the facts contradict: "open source" against closed code, "decentralized" (a non-ASCII
     * claim, for UTF-16 columns) against central providers; one supported, one unsupported. With
     * {@code exempted}, the rule counting the contradicted claims is set aside for the project.
     */
    static ProjectScore epsilon(boolean exempted) {
        String id = exempted ? "zeta" : "epsilon";
        Project project = project("samples/" + id + ".yaml", """
                name: %s Net
                claims:
                  - Fully open source and audited
                  - "Rede 𝔡escentralizada de verdade"
                  - Live on mainnet since 2025
                  - Millions of users
                code:
                  open_source: false
                compute:
                  depends_on: [openai]
                traction:
                  live: true
                """.formatted(exempted ? "Zeta" : "Epsilon"));
        Evidence closed = evidence("code.open_source", "false", 8, 16, 8, 21);
        Evidence openai = evidence("compute.depends_on[0]", "openai", 10, 16, 10, 22);
        Evidence live = evidence("traction.live", "true", 12, 9, 12, 13);
        Evidence firstClaim = evidence("claims[0]", "Fully open source and audited", 3, 5, 3, 34);
        Evidence secondClaim = evidence("claims[1]", "Rede 𝔡escentralizada de verdade", 4, 5, 4, 39);
        List<io.hypecheck.claims.ClaimCheck> claims = List.of(
                new io.hypecheck.claims.ClaimCheck("Fully open source and audited", "claims[0]", new Location(3, 5, 3, 34),
                        "open-code", io.hypecheck.claims.ClaimStatus.CONTRADICTED, List.of(closed)),
                new io.hypecheck.claims.ClaimCheck("Rede 𝔡escentralizada de verdade", "claims[1]", new Location(4, 5, 4, 39, 5, 40),
                        "decentralized", io.hypecheck.claims.ClaimStatus.CONTRADICTED, List.of(openai)),
                new io.hypecheck.claims.ClaimCheck("Live on mainnet since 2025", "claims[2]", new Location(5, 5, 5, 31),
                        "live", io.hypecheck.claims.ClaimStatus.SUPPORTED, List.of(live)),
                new io.hypecheck.claims.ClaimCheck("Millions of users", "claims[3]", new Location(6, 5, 6, 22),
                        "usage", io.hypecheck.claims.ClaimStatus.UNSUPPORTED, List.of()));
        Finding contradicted = finding("rc-contradicted-claims", "reality-check", Effect.HYPE, 10,
                "Claims that the file's own facts contradict", REALITY, firstClaim, closed, secondClaim, openai);
        Finding liveProduct = finding("rc-live-product", "reality-check", Effect.SUBSTANCE, 24, "A product in production",
                REALITY, live);
        List<Finding> findings = exempted ? List.of(liveProduct) : List.of(contradicted, liveProduct);
        List<Suppression> suppressed = exempted ? List.of(new Suppression(contradicted,
                "the closed part is the optional wallet; the protocol is open", Optional.empty(), "samples/zeta.yaml"))
                : List.of();
        io.hypecheck.score.Judgment judgment = new io.hypecheck.score.Judgment(exempted ? 62 : 57, exempted ? 62 : 57, 0.5,
                List.of(), List.of(), List.of(), claims);
        return new ProjectScore(project, Verdict.MIXED, exempted ? 62 : 57, exempted ? 0 : 10, 24, 0.4,
                List.of(), findings, suppressed, 10, 5, List.of(), judgment);
    }

    /** The same scores under another display name (the file keeps its name line). */
    static ProjectScore renamed(ProjectScore score, String name) {
        io.hypecheck.project.Project p = score.project();
        return new ProjectScore(new Project(p.id(), name, p.file(), p.fields()), score.verdict(), score.score(), score.hype(),
                score.substance(), score.confidence(), score.trends(), score.findings(), score.suppressed(),
                score.rulesChecked(), score.rulesUnknown(), score.undecided());
    }

    /** Alpha without its buzzword finding: substance only. */
    static ProjectScore noHype() {
        ProjectScore a = alpha();
        return new ProjectScore(a.project(), a.verdict(), 72, 0, 44, a.confidence(), a.trends(),
                a.findings().subList(0, 2), List.of(), a.rulesChecked(), a.rulesUnknown(), List.of());
    }

    /** Two invalid files: one with a position and characters to escape, one about the whole file. */
    static List<Diagnostic> errors() {
        return List.of(
                Diagnostic.error("samples/broken.yaml", 4, 19,
                        "token.market_cap_usd: expected an amount such as \"$1.2B\", got 'lots & lots' <sic>"),
                Diagnostic.error("samples/empty.yaml", 0, 0, "empty file: a project file needs at least a 'name'"));
    }

    /** Alpha gained 9 points and moved up from mixed, gamma lost 15, beta is new, delta was removed. */
    static Comparison baseline() {
        return Comparison.of(List.of(
                new Previous("alpha", "Alpha Compute", "samples/alpha.yaml", 58, Verdict.MIXED),
                new Previous("gamma", "Gamma ZK", "./samples/gamma.yaml", 30, Verdict.HYPE),
                new Previous("delta", "Delta Oracle", "samples/delta.yaml", 45, Verdict.MIXED)));
    }
}
