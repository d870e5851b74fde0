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
}
