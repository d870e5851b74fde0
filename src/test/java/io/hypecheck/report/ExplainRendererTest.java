package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@code explain}'s text: every project of every shared scenario against its golden file, and the parts that depend on the score. */
class ExplainRendererTest {

    static List<String> scenarios() {
        return ReportFixtures.scenarios();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void explainsEveryProjectOfTheScenarioAsItsGoldenFile(String scenario) {
        // given
        Report report = ReportFixtures.scenario(scenario);

        // when
        String text = report.projects().stream().map(ExplainRenderer::render).collect(Collectors.joining("\n----\n"));

        // then
        GoldenFiles.assertMatches(scenario, "explain", text);
    }

    @Test
    void saysHowTheScoreAddsUpAndListsEachEffectsFindingsOrNone() {
        // when
        String alpha = ExplainRenderer.render(ReportFixtures.alpha());

        // then
        assertThat(alpha).startsWith("Alpha Compute (samples/alpha.yaml)\n"
                + "verdict substance: score 67 = 50 + (substance 44 - hype 10) / 2; confidence 0.85\n");
        assertThat(alpha).contains("evidence: 10 of 12 rules decided, 2 unknown for lack of facts; as_of 2026-10-01\n")
                .contains("\ntrends:\n  small-models (high-potential, strength 0.80)\n")
                .contains("\nsubstance findings:\n  +20 Open weights of a small model [small-models/sm-open-small-weights, ")
                .contains("      evidence: models[0].open_weights = \"true\" at line 7, column 19\n")
                .doesNotContain("too little evidence to judge", "suppressed by exemptions");
    }

    @Test
    void saysWhyADemandFindingCountsZero() {
        // given a demand finding that a larger one already counts
        ProjectScore alpha = ReportFixtures.alpha();
        io.hypecheck.score.Finding demand = new io.hypecheck.score.Finding("dt-no-demand", "decentralized-training",
                io.hypecheck.rubric.Effect.HYPE, 10, "No stated demand", "why", new io.hypecheck.rubric.Citation("s", "t", null, null),
                List.of(), io.hypecheck.rubric.Kind.DEMAND, 0);
        ProjectScore score = new ProjectScore(alpha.project(), Verdict.MIXED, 50, 0, 0, 0.5, List.of(), List.of(demand),
                List.of(), 12, 0, List.of());

        // when
        String text = ExplainRenderer.render(score);

        // then
        assertThat(text).contains("  +10 No stated demand [decentralized-training/dt-no-demand, demand]"
                + " (counts 0: a larger finding already counts the missing demand)\n");
    }

    @Test
    void anUnknownVerdictAsksForFactsAndAProjectWithoutTrendsOrFindingsSaysNone() {
        // given
        ProjectScore alpha = ReportFixtures.alpha();
        ProjectScore unknown = new ProjectScore(alpha.project(), Verdict.UNKNOWN, 50, 0, 0, 0.1, List.of(), List.of(),
                List.of(), 12, 12, List.of());

        // when
        String text = ExplainRenderer.render(unknown);

        // then
        assertThat(text).contains("too little evidence to judge: add facts (and sources, as_of) to the file\n")
                .contains("\ntrends: none matched\n").contains("\nhype findings:\n  (none)\n")
                .contains("\nsubstance findings:\n  (none)\n");
    }

    @Test
    void suppressedFindingsAreListedWithTheirReason() {
        // when
        String text = ExplainRenderer.render(ReportFixtures.gammaWithSuppression());

        // then
        assertThat(text).contains("\nsuppressed by exemptions (not counted):\n  +25 A billion-dollar cap without use "
                + "[reality-check/rc-billion-cap-without-use]: market cap from a stale aggregator, see issue #12\n");
    }

    @Test
    void aQuotedValueIsOneLineCutAtEightyCharacters() {
        // when / then
        assertThat(ExplainRenderer.quote("  a\n  b\tc ")).isEqualTo("\"a b c\"");
        assertThat(ExplainRenderer.quote("x".repeat(80))).isEqualTo("\"" + "x".repeat(80) + "\"");
        assertThat(ExplainRenderer.quote("x".repeat(81))).isEqualTo("\"" + "x".repeat(77) + "...\"");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "weight {0}")
    @org.junit.jupiter.params.provider.CsvSource({"0.5, ' (counts 12.50: its facts are the project''s word or disputed)'",
        "0.4, ' (counts 10: its facts are the project''s word or disputed)'", "1, ''"})
    void aFindingThatCountsLessSaysSoAndEvidenceNamesItsBasisAndProvenance(double weight, String note) {
        // given: 25 points at the given weight; evidence from a field, from prose, and self-reported prose
        io.hypecheck.api.Location at = new io.hypecheck.api.Location(4, 3, 4, 9);
        List<io.hypecheck.api.Evidence> evidence = List.of(
                new io.hypecheck.api.Evidence("traction.agents", "1200", at),
                new io.hypecheck.api.Evidence("summary", "12 k users", at, io.hypecheck.api.Basis.PROSE,
                        io.hypecheck.api.Provenance.UNSTATED),
                new io.hypecheck.api.Evidence("summary", "by its own figures", at, io.hypecheck.api.Basis.PROSE,
                        io.hypecheck.api.Provenance.SELF_REPORTED),
                new io.hypecheck.api.Evidence("traction.tvl_usd", "1M", at, io.hypecheck.api.Basis.FIELD,
                        io.hypecheck.api.Provenance.ON_CHAIN));
        io.hypecheck.score.Finding finding = new io.hypecheck.score.Finding("aw-agents", "agents-with-wallets",
                io.hypecheck.rubric.Effect.SUBSTANCE, 25, "Agents in production", "Because.",
                new io.hypecheck.rubric.Citation("Agentes com carteiras", "Agents with wallets", "", ""), evidence,
                io.hypecheck.rubric.Kind.USAGE, weight);
        ProjectScore alpha = ReportFixtures.alpha();
        ProjectScore score = new ProjectScore(alpha.project(), Verdict.MIXED, 60, 0, 20, 0.5, List.of(), List.of(finding),
                List.of(), 12, 2, List.of());

        // when
        String text = ExplainRenderer.render(score);

        // then
        assertThat(text).contains("\nsubstance findings:\n  +25 Agents in production [agents-with-wallets/aw-agents, usage]"
                + note + "\n"
                + "      evidence: traction.agents = \"1200\" at line 4, column 3\n"
                + "      evidence: summary = \"12 k users\" at line 4, column 3 (prose)\n"
                + "      evidence: summary = \"by its own figures\" at line 4, column 3 (prose, self-reported)\n"
                + "      evidence: traction.tvl_usd = \"1M\" at line 4, column 3 (field, on-chain)\n"
                + "      why: Because.\n");
    }

    @Test
    void aTrendShowsAtMostFourOfItsSignalsWithTheirLines() {
        // given: a trend resting on five signals
        List<io.hypecheck.api.Evidence> signals = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(n -> new io.hypecheck.api.Evidence("tags[" + n + "]", "zk" + n,
                        new io.hypecheck.api.Location(n, 1, n, 5))).toList();
        ProjectScore alpha = ReportFixtures.alpha();
        ProjectScore score = new ProjectScore(alpha.project(), Verdict.MIXED, 50, 0, 0, 0.5,
                List.of(new io.hypecheck.score.TrendScore("zk-ai", io.hypecheck.rubric.Stance.HYPED, 1.0, signals)),
                List.of(), List.of(), 12, 2, List.of());

        // when
        String text = ExplainRenderer.render(score);

        // then
        assertThat(text).contains("\ntrends:\n  zk-ai (hyped, strength 1.00)\n"
                + "      signal: tags[1] = \"zk1\" at line 1\n      signal: tags[2] = \"zk2\" at line 2\n"
                + "      signal: tags[3] = \"zk3\" at line 3\n      signal: tags[4] = \"zk4\" at line 4\n\n");
        assertThat(text).doesNotContain("zk5");
    }
}
