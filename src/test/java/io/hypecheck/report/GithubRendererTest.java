package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.diagnostic.Diagnostic;
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

    @Test
    void annotatesHypeAsWarningsAndSubstanceAsNoticesAtTheFirstEvidence() {
        // when
        List<String> lines = new GithubRenderer(false).render(ReportFixtures.scenario("several")).lines().toList();

        // then
        assertThat(lines).hasSize(10).allSatisfy(l -> assertThat(l).matches("::(warning|notice) file=[^:]*::.*"));
        assertThat(lines.get(0)).startsWith("::notice file=samples/alpha.yaml,line=7,col=19,endColumn=23,"
                + "title=Open weights of a small model (+20 substance%2C sm-open-small-weights)::Alpha Compute: substance, score 67;");
        assertThat(lines.get(6)).startsWith("::warning file=samples/gamma.yaml,line=3,col=16,endColumn=50,");
    }

    @Test
    void leavesColumnsOutOfMultiLineSpansAndPositionsOutWithoutEvidence() {
        // when
        List<String> lines = new GithubRenderer(false).render(ReportFixtures.scenario("several")).lines().toList();

        // then
        assertThat(lines.get(8)).startsWith("::warning file=samples/gamma.yaml,title=No public code");
        assertThat(lines.get(9)).startsWith("::warning file=samples/gamma.yaml,line=8,endLine=9,title=");
    }

    @Test
    void keepsTheProjectNameAndTheWhyInTheMessageOnEscapedLines() {
        // when
        String beta = new GithubRenderer(false).render(ReportFixtures.scenario("several")).lines().toList().get(3);

        // then
        assertThat(beta).endsWith("::Beta Agents, \"the | wallet\" <co>: mixed, score 50; traction.agents = \"1200\""
                + "%0ABecause the article says so about agents-with-wallets.");
    }

    @Test
    void reportsFileErrorsAsErrorsAndAWholeFileErrorWithoutALine() {
        // given
        Report report = new Report("1", List.of(), List.of(Diagnostic.error("./a, b.yaml", 2, 5, "bad: 100%"),
                Diagnostic.error("c.yaml", 0, 0, "empty file")));

        // when
        String text = new GithubRenderer(false).render(report);

        // then
        assertThat(text).isEqualTo("::error file=a%2C b.yaml,line=2,col=5,title=hypecheck%3A invalid file::bad: 100%25\n"
                + "::error file=c.yaml,title=hypecheck%3A invalid file::empty file\n");
    }

    @Test
    void addsSuppressedFindingsAsNoticesWithTheirReasonOnlyWhenAsked() {
        // given
        Report report = ReportFixtures.scenario("suppression");

        // when
        String hidden = new GithubRenderer(false).render(report);
        String shown = new GithubRenderer(true).render(report);

        // then
        assertThat(hidden).doesNotContain("suppressed");
        assertThat(shown).contains("::notice file=samples/gamma.yaml,line=6,col=19,endColumn=24,title=suppressed%3A "
                + "A billion-dollar cap without use").contains("%0Asuppressed: market cap from a stale aggregator, see issue #12\n");
    }

    @Test
    void printsNothingWithoutFindingsOrErrors() {
        assertThat(new GithubRenderer(true).render(ReportFixtures.scenario("empty"))).isEmpty();
    }
}
