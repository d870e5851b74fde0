package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.ProjectScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubRendererTest {

    @Test
    void escapesPercentAndLineBreaksInTheMessage() {
        assertThat(WorkflowCommand.data("100% sure\r\nnext")).isEqualTo("100%25 sure%0D%0Anext");
    }

    @Test
    void escapesColonsAndCommasTooInPropertyValues() {
        assertThat(WorkflowCommand.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
    }

    @Test
    void escapesPercentFirstSoEscapesAreNotEscapedTwice() {
        assertThat(WorkflowCommand.data("%0A")).isEqualTo("%250A");
    }

    @Test
    void writesOneCommandPerLineWithPropertiesInOrder() {
        // when
        String line = new WorkflowCommand("warning").property("file", "a,b.yaml").property("line", 3)
                .property("title", "T: x").line("m\nn");

        // then
        assertThat(line).isEqualTo("::warning file=a%2Cb.yaml,line=3,title=T%3A x::m%0An");
    }

    private static final RenderOptions PLAIN = RenderOptions.defaults();

    private static List<String> lines(RenderOptions options, String scenario) {
        // the run decides who fails with the same condition the options describe
        return new GithubRenderer(options).render(ReportFixtures.scenario(scenario, options.fail())).lines().toList();
    }

    @Test
    void annotatesOnlyHypeAsWarningsWorstProjectFirstMostPointsFirst() {
        // when
        List<String> lines = lines(PLAIN, "several");

        // then: gamma (15), beta (50), alpha (67); no substance notices
        assertThat(lines).hasSize(7).allSatisfy(l -> assertThat(l).startsWith("::warning file="));
        assertThat(lines.get(0)).startsWith("::warning file=samples/gamma.yaml,line=3,col=16,endColumn=50,"
                + "title=ZK proofs claimed for large models (+30 hype%2C zk-large-model-proofs)::Gamma ZK: hype, score 15;");
        assertThat(lines.get(1)).contains("(+25 hype%2C rc-billion-cap-without-use)");
        assertThat(lines.get(4)).startsWith("::warning file=samples/beta.yaml,line=6,col=16,endColumn=23,");
        assertThat(lines.get(6)).startsWith("::warning file=samples/alpha.yaml,line=3,col=16,endColumn=29,");
    }

    @Test
    void givesAProjectThatMeetsTheFailConditionAnErrorAtItsNameWithTheReasonFirst() {
        // when
        List<String> lines = lines(ReportFixtures.OPTIONS, "several");

        // then
        assertThat(lines.get(0)).isEqualTo("::error file=samples/gamma.yaml,line=1,title=hypecheck%3A Gamma ZK fails the check"
                + "::Gamma ZK: hype, score 15 (hype 70, substance 0); fails on verdict hype (--fail-on hype)");
        assertThat(lines.subList(1, lines.size())).noneMatch(l -> l.startsWith("::error"));
    }

    @Test
    void putsFailingProjectsBeforeOthersEvenWhenTheyScoreHigher() {
        // given: alpha fails on a regression, gamma does not fail at all
        RenderOptions regression = new RenderOptions(false, new io.hypecheck.score.FailCondition(
                java.util.Optional.empty(), java.util.Optional.of(60), java.util.Optional.empty()), false);
        Report report = ReportFixtures.scenario("baseline", regression.fail());

        // when
        List<String> lines = new GithubRenderer(regression).render(report).lines().toList();

        // then: beta (50) and gamma (15) are below 60 and fail; gamma is worse
        assertThat(lines.get(0)).startsWith("::error file=samples/gamma.yaml,line=1,");
        assertThat(lines.get(1)).startsWith("::error file=samples/beta.yaml,line=1,")
                .endsWith("fails on score 50 is below --min-score 60");
        assertThat(lines.get(2)).startsWith("::warning file=samples/gamma.yaml");
    }

    @Test
    void annotatesSubstanceAsNoticesOnlyWhenAsked() {
        // when
        List<String> lines = lines(PLAIN.withAnnotateSubstance(true), "several");

        // then
        assertThat(lines).hasSize(10);
        assertThat(lines.subList(7, 10)).allSatisfy(l -> assertThat(l).startsWith("::notice "));
        assertThat(lines.get(7)).startsWith("::notice file=samples/beta.yaml,line=4,col=11,endColumn=15,"
                + "title=Agents in production (+25 substance%2C aw-agents-in-production)::");
    }

    @Test
    void leavesColumnsOutOfMultiLineSpansAndPositionsOutWithoutEvidence() {
        // when
        List<String> lines = lines(PLAIN, "several");

        // then
        assertThat(lines.get(2)).startsWith("::warning file=samples/gamma.yaml,line=8,endLine=9,title=");
        assertThat(lines.get(3)).startsWith("::warning file=samples/gamma.yaml,title=No public code");
    }

    @Test
    void keepsTheProjectNameAndTheWhyInTheMessageOnEscapedLines() {
        // when
        String beta = lines(PLAIN, "several").get(4);

        // then
        assertThat(beta).endsWith("::Beta Agents, \"the | wallet\" <co>: mixed, score 50; funding.mechanisms[0] = \"airdrop\""
                + "%0ABecause the article says so about crypto-funding.");
    }

    @Test
    void neutralisesEscapeSequencesInProjectText() {
        // given
        ProjectScore hostile = ReportFixtures.renamed(ReportFixtures.gamma(), "Gamma\u001B]0;owned\u0007\u202E");

        // when
        String text = new GithubRenderer(PLAIN).render(new Report("1", List.of(hostile), List.of()));

        // then
        assertThat(text).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E")
                .contains("Gamma\\x1B]0;owned\\x07\\u202E: hype");
    }

    @Test
    void saysFirstWhenThereAreMoreAnnotationsThanGithubShows() {
        // given: twelve copies of gamma, four hype findings each
        List<ProjectScore> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> ReportFixtures.gamma()).toList();

        // when
        List<String> lines = new GithubRenderer(PLAIN).render(new Report("1", many, List.of())).lines().toList();

        // then
        assertThat(lines.get(0)).startsWith("::notice title=hypecheck%3A more annotations than GitHub shows::"
                + "0 errors and 48 warnings were written");
        assertThat(lines).hasSize(49);
    }

    @Test
    void reportsFileErrorsAsErrorsAndAWholeFileErrorWithoutALine() {
        // given
        Report report = new Report("1", List.of(), List.of(Diagnostic.error("./a, b.yaml", 2, 5, "bad: 100%"),
                Diagnostic.error("c.yaml", 0, 0, "empty file"), Diagnostic.error("-", 1, 1, "bad")));

        // when
        String text = new GithubRenderer(PLAIN).render(report);

        // then
        assertThat(text).isEqualTo("::error file=<stdin>,line=1,col=1,title=hypecheck%3A invalid file::bad\n"
                + "::error file=a%2C b.yaml,line=2,col=5,title=hypecheck%3A invalid file::bad: 100%25\n"
                + "::error file=c.yaml,title=hypecheck%3A invalid file::empty file\n");
    }

    @Test
    void addsSuppressedFindingsAsNoticesWithTheirReasonOnlyWhenAsked() {
        // given
        Report report = ReportFixtures.scenario("suppression");

        // when
        String hidden = new GithubRenderer(PLAIN).render(report);
        String shown = new GithubRenderer(ReportFixtures.OPTIONS).render(report);

        // then
        assertThat(hidden).doesNotContain("suppressed");
        assertThat(shown).contains("::notice file=samples/gamma.yaml,line=6,col=19,endColumn=24,title=suppressed%3A "
                + "A billion-dollar cap without use").contains("%0Asuppressed: market cap from a stale aggregator, see issue #12\n");
    }

    @Test
    void printsNothingWithoutFailuresHypeOrErrors() {
        assertThat(new GithubRenderer(ReportFixtures.OPTIONS).render(ReportFixtures.scenario("empty"))).isEmpty();
        assertThat(new GithubRenderer(PLAIN).render(new Report("1", List.of(ReportFixtures.noHype()), List.of()))).isEmpty();
    }

    @Test
    void namesFilesRelativeToTheSourceRootWhereverItRan() {
        // given: the root is the folder above the working folder, and a project named from below it
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        ProjectScore gamma = ReportFixtures.gamma();
        RenderOptions options = PLAIN.withSourceRoot(java.util.Optional.of(cwd.getParent()));

        // when
        String first = new GithubRenderer(options).render(new Report("1", List.of(gamma), List.of())).lines().findFirst().orElseThrow();

        // then
        assertThat(first).startsWith("::warning file=" + cwd.getFileName() + "/samples/gamma.yaml,line=3,");
    }
}
