package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {

    /** A pipe not preceded by a backslash: a cell border. */
    private static final Pattern BORDER = Pattern.compile("(?<!\\\\)\\|");

    @Test
    void everyTableRowHasAsManyCellsAsTheHeaderDespitePipesInNames() {
        // given
        Report report = ReportFixtures.scenario("baseline");

        // when
        List<String> rows = new MarkdownRenderer(true).render(report).lines().filter(l -> l.startsWith("| ")).toList();

        // then
        long header = BORDER.matcher(rows.get(0)).results().count();
        assertThat(rows).hasSizeGreaterThan(3).allSatisfy(row -> {
            if (!row.startsWith("| Rule")) {
                assertThat(BORDER.matcher(row).results().count()).isIn(header, 6L);
            }
        });
        assertThat(rows.get(3)).startsWith("| 2 | Beta Agents, \"the \\| wallet\" \\<co\\> | mixed | 50 | new |");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'a | b'|'a \\| b'",
        "*bold* _it_|\\*bold\\* \\_it\\_",
        "'[link](http://x)'|'\\[link\\](http://x)'",
        "<script>|\\<script\\>",
        "'`code`'|'\\`code\\`'",
        "'$1.2B to $3B'|'\\$1.2B to \\$3B'",
        "'AT&T # ~x~'|'AT\\&T \\# \\~x\\~'",
        "'back\\slash'|'back\\\\slash'"})
    void escapesMarkdownSignificantCharactersInText(String text, String escaped) {
        assertThat(MarkdownText.text(text)).isEqualTo(escaped);
    }

    @Test
    void foldsLineBreaksInTextToSpaces() {
        assertThat(MarkdownText.text("one\ntwo\r\nthree")).isEqualTo("one two three");
    }

    @Test
    void fencesCodeSpansLongerThanTheBackticksInside() {
        assertThat(MarkdownText.code("a`b", false)).isEqualTo("``a`b``");
        assertThat(MarkdownText.code("`x`", false)).isEqualTo("`` `x` ``");
        assertThat(MarkdownText.code("a|b", true)).isEqualTo("`a\\|b`");
        assertThat(MarkdownText.code("a|b", false)).isEqualTo("`a|b`");
    }

    @Test
    void escapesHtmlInsideTheDetailsSummary() {
        // when
        String text = new MarkdownRenderer(false).render(ReportFixtures.scenario("several"));

        // then
        assertThat(text).contains("<summary>2. Beta Agents, &quot;the | wallet&quot; &lt;co&gt;: mixed, score 50 (3 findings)</summary>");
    }

    @Test
    void countsSuppressedFindingsWithoutListingThemUnlessAsked() {
        // given
        Report report = ReportFixtures.scenario("suppression");

        // when
        String hidden = new MarkdownRenderer(false).render(report);
        String shown = new MarkdownRenderer(true).render(report);

        // then
        assertThat(hidden).contains("_1 suppressed finding not shown._").doesNotContain("stale aggregator");
        assertThat(shown).contains("| `rc-billion-cap-without-use` | hype | +25 | A billion-dollar cap without use "
                + "| market cap from a stale aggregator, see issue \\#12 |");
    }

    @Test
    void saysWhenAProjectHasNoFindings() {
        // given
        ProjectScore quiet = new ProjectScore(ReportFixtures.project("samples/q.yaml", "name: Quiet\n"), Verdict.UNKNOWN,
                50, 0, 0, 0.1, List.of(), List.of(), List.of(), 4, 4, List.of());

        // when
        String text = new MarkdownRenderer(false).render(new Report("1", List.of(quiet), List.of()));

        // then
        assertThat(text).contains("| 1 | Quiet | unknown | 50 | 0 | 0 | 0.10 | — |").contains("No rule fired.");
    }

    @Test
    void opensWithTheFailureAndWhichProjectsMetWhichCondition() {
        // when
        String text = new MarkdownRenderer(ReportFixtures.OPTIONS).render(ReportFixtures.scenario("baseline"));

        // then
        assertThat(text).startsWith("## hypecheck report\n\n### ❌ Failed: 1 project meets the fail condition "
                + "(`--fail-on hype`, `--fail-on-regression 10`)\n\n- **Gamma ZK** (`./samples/gamma.yaml`): verdict hype "
                + "(--fail-on hype); score fell 15 points since the baseline (--fail-on-regression 10)\n\n### Since the baseline\n");
        assertThat(text.indexOf("### Since the baseline")).isLessThan(text.indexOf("| Rank |"));
        assertThat(text).contains("- Verdict changes:\n  - Alpha Compute: mixed → substance (+9)\n",
                "- Largest score changes:\n  - Gamma ZK: -15 to 15\n", "- Removed:\n  - Delta Oracle (`samples/delta.yaml`), was mixed at 45\n");
    }

    @Test
    void failsOnFilesNotScoredAndListsThemFirst() {
        // when
        String text = new MarkdownRenderer(RenderOptions.defaults()).render(ReportFixtures.scenario("invalid-file", io.hypecheck.score.FailCondition.none()));

        // then
        assertThat(text).startsWith("## hypecheck report\n\n### ❌ Failed: 2 files could not be scored\n\n"
                + "Files not scored:\n\n- `samples/broken.yaml:4:19`: token.market\\_cap\\_usd:");
    }

    @Test
    void saysItPassedAndWhetherAConditionWasSet() {
        // when
        String none = new MarkdownRenderer(RenderOptions.defaults()).render(ReportFixtures.scenario("several", io.hypecheck.score.FailCondition.none()));
        io.hypecheck.score.FailCondition minTen = new io.hypecheck.score.FailCondition(
                java.util.Optional.empty(), java.util.Optional.of(10), java.util.Optional.empty());
        String met = new MarkdownRenderer(new RenderOptions(false, minTen, false)).render(ReportFixtures.scenario("several", minTen));

        // then
        assertThat(none).startsWith("## hypecheck report\n\n### ✅ Passed\n\nNo fail condition is set");
        assertThat(met).startsWith("## hypecheck report\n\n### ✅ Passed\n\nNo project meets the fail condition (`--min-score 10`)");
    }

    @Test
    void staysUnderGithubsSummaryLimitAtTenThousandProjects() {
        // given: 10,000 projects with long names, 5,000 of them failing
        List<ProjectScore> many = new java.util.ArrayList<>();
        ProjectScore gamma = ReportFixtures.gamma();
        ProjectScore beta = ReportFixtures.beta();
        for (int i = 0; i < 10_000; i++) {
            ProjectScore base = i % 2 == 0 ? gamma : beta;
            many.add(ReportFixtures.renamed(base, "Projeto número " + i + " ".repeat(3) + "ação ".repeat(60)));
        }
        Report report = new Report("1", many, List.of(), java.util.Optional.of(ReportFixtures.baseline()), ReportFixtures.FAIL);

        // when
        String text = new MarkdownRenderer(ReportFixtures.OPTIONS).render(report);

        // then
        assertThat(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(1 << 20);
        assertThat(text).contains("### ❌ Failed: 5000 projects meet the fail condition", "- … and 4950 more projects",
                "| … | _9800 projects ranked 101 to 9900 are not listed; the JSON report has them_ |",
                "| 10000 | Projeto número 9999");
    }

    @Test
    void neutralisesControlCharactersInNames() {
        // given
        ProjectScore hostile = ReportFixtures.renamed(ReportFixtures.alpha(), "Alpha\u001B[2J\u202E");

        // when
        String text = new MarkdownRenderer(true).render(new Report("1", List.of(hostile), List.of()));

        // then
        assertThat(text).doesNotContain("\u001B").doesNotContain("\u202E").contains("Alpha\\\\x1B\\[2J\\\\u202E");
    }
}
