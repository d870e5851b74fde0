package io.hypecheck.report;

import io.hypecheck.baseline.Previous;
import io.hypecheck.baseline.Comparison;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.project.Project;
import io.hypecheck.rubric.Citation;
import io.hypecheck.rubric.Effect;
import io.hypecheck.score.Finding;
import io.hypecheck.score.ProjectScore;
import io.hypecheck.score.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"' onmouseover=\"x\" & <img src=x>";
    /** A start tag with its attribute names, for comparing the page's structure. */
    private static final Pattern TAG = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z-]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("\\s+([a-zA-Z-]+)(?:=\"[^\"]*\")?");

    @Test
    void hostileTextInEveryFieldLeavesThePageStructureAsWithPlainText() {
        // given
        Report plain = new Report("1", List.of(withText(ReportFixtures.beta(), "plain")),
                List.of(Diagnostic.error("plain", 1, 2, "plain")),
                Optional.of(Comparison.of(List.of(new Previous("gone", "plain", "plain", 40, Verdict.MIXED)))));
        Report hostile = new Report(HOSTILE, List.of(withText(ReportFixtures.beta(), HOSTILE)),
                List.of(Diagnostic.error(HOSTILE, 1, 2, HOSTILE)),
                Optional.of(Comparison.of(List.of(new Previous("gone", HOSTILE, HOSTILE, 40, Verdict.MIXED)))));

        // when
        String plainPage = new HtmlRenderer(true).render(plain);
        String hostilePage = new HtmlRenderer(true).render(hostile);

        // then
        assertThat(structure(hostilePage)).isEqualTo(structure(plainPage));
        assertThat(hostilePage).doesNotContain("<script>alert").doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onmouseover=&quot;x&quot; &amp; &lt;img src=x&gt;");
    }

    @Test
    void replacesControlCharactersAndBidiOverridesButKeepsOtherScripts() {
        assertThat(HtmlText.escape("a\u0007b\u001B[31mc\u202Ed\u2066e\u0085f\uDC00g")).isEqualTo("a\uFFFDb\uFFFD[31mc\uFFFDd\uFFFDe\uFFFDf\uFFFDg");
        assertThat(HtmlText.escape("Olá 世界 🚀\tx\ny")).isEqualTo("Olá 世界 🚀\tx\ny");
    }

    @Test
    void loadsNothingAndItsPolicyAllowsExactlyItsOwnStyleAndScript() throws Exception {
        // when
        String page = new HtmlRenderer(true).render(ReportFixtures.scenario("baseline"));

        // then
        assertThat(page).doesNotContain(" src=").doesNotContain("url(").doesNotContain("@import").doesNotContain("<link");
        assertThat(Pattern.compile("href=\"(?!#)").matcher(page).find()).as("a link leaving the page").isFalse();
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:").doesNotContain("https:");
        String style = between(page, "<style>", "</style>");
        String script = between(page, "<script>", "</script>");
        assertThat(page).contains("default-src 'none'; style-src '" + sha256(style) + "'; script-src '" + sha256(script) + "'");
    }

    @Test
    void drawsOnePointPerProjectWhereItsHypeAndSubstanceAre() {
        // when
        String page = new HtmlRenderer(false).render(ReportFixtures.scenario("several"));

        // then
        List<String> points = all(page, "<circle class=\"point ([a-z]+)\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" r=\"5\" data-rank=\"(\\d+)\"");
        assertThat(points).containsExactly(
                "substance 108.0 288.8 1", // alpha: hype 10, substance 44
                "mixed 180.0 380.0 2", // beta: 25, 25
                "hype 396.0 500.0 3"); // gamma: 70, 0
    }

    @Test
    void drawsTheVerdictLinesWhereTheScoreIsSixtyAndForty() {
        // when
        String page = new HtmlRenderer(false).render(ReportFixtures.scenario("several"));

        // then: (0, 20) to (80, 100) and (20, 0) to (100, 80) in hype and substance
        assertThat(all(page, "<line class=\"threshold ([a-z]+)\" data-score=\"(\\d+)\" x1=\"([0-9.]+)\" y1=\"([0-9.]+)\" "
                + "x2=\"([0-9.]+)\" y2=\"([0-9.]+)\"")).containsExactly(
                        "substance 60 60.0 404.0 444.0 20.0", "hype 40 156.0 500.0 540.0 116.0");
        assertThat(page).contains(">score ≥ 60</text>").contains(">score ≤ 40</text>");
    }

    @Test
    void projectsAtTheSamePlaceShareOneLabelUnderTheBestRankedName() {
        // given
        ProjectScore alpha = ReportFixtures.alpha();
        Report report = new Report("1", List.of(alpha, renamed(alpha, "Alpha Two"), renamed(alpha, "Alpha Three")), List.of());

        // when
        String page = new HtmlRenderer(false).render(report);

        // then
        assertThat(all(page, "<circle class=\"point [a-z]+\" cx=\"[0-9.]+\" cy=\"[0-9.]+\" r=\"5\" data-rank=\"(\\d+)\""))
                .containsExactly("1", "2", "3");
        assertThat(all(page, "text-anchor=\"[a-z]+\" data-rank=\"(\\d+)\">([^<]*)</text>")).containsExactly("1 Alpha Compute +2");
    }

    @Test
    void showsEachFindingWithItsEvidenceAtFileLineAndItsArticleSection() {
        // when
        String page = new HtmlRenderer(false).render(ReportFixtures.scenario("several"));

        // then
        assertThat(page).contains("<code>./samples/gamma.yaml:6:19</code> <code>token.market_cap_usd</code> <q>$1.2B</q>")
                .contains("<td class=\"cites\">“Distorção da realidade Web3-AI”<br><small>The Web3-AI reality distortion field")
                .contains("<div class=\"why\">Because the article says so about zk-ai.</div>");
    }

    @Test
    void showsTheChangeSinceTheBaselineInTheTableAndEachSection() {
        // when
        String page = new HtmlRenderer(false).render(ReportFixtures.scenario("baseline"));

        // then
        assertThat(page).contains("<th scope=\"col\" data-key=\"delta\"")
                .contains("<td data-sort=\"9\">+9 <small>(was mixed)</small></td>")
                .contains("Since the baseline: score +9 (58 → 67), verdict was mixed.")
                .contains("Since the baseline: score -15 (30 → 15), verdict unchanged.")
                .contains("New since the baseline.")
                .contains("Removed: Delta Oracle (<code>samples/delta.yaml</code>), was mixed at 45");
    }

    @Test
    void listsSuppressedFindingsWithTheirReasonOnlyWhenAsked() {
        // given
        Report report = ReportFixtures.scenario("suppression");

        // when
        String hidden = new HtmlRenderer(false).render(report);
        String shown = new HtmlRenderer(true).render(report);

        // then
        assertThat(hidden).contains("1 suppressed finding not shown.").doesNotContain("stale aggregator");
        assertThat(shown).contains("Exempted in <code>.hypecheck.yaml</code> until 2027-01-01: market cap from a stale aggregator");
    }

    @Test
    void aProjectWithoutVerdictIsAnUnknownPointWhereverItLies() {
        // given
        ProjectScore alpha = ReportFixtures.alpha();
        ProjectScore unknown = new ProjectScore(alpha.project(), Verdict.UNKNOWN, alpha.score(), alpha.hype(),
                alpha.substance(), 0.1, alpha.trends(), alpha.findings(), List.of(), 12, 11, List.of());

        // when
        String page = new HtmlRenderer(false).render(new Report("1", List.of(unknown), List.of()));

        // then
        assertThat(page).contains("<circle class=\"point unknown\" cx=\"108.0\" cy=\"288.8\"")
                .contains("<li class=\"unknown\">unknown (1)</li>").contains("<span class=\"badge unknown\">unknown</span>");
    }

    @Test
    void anEmptyReportHasNeitherChartNorTable() {
        // when
        String page = new HtmlRenderer(false).render(ReportFixtures.scenario("empty"));

        // then
        assertThat(page).contains("No projects were scored.").doesNotContain("<svg").doesNotContain("<table");
    }

    private static ProjectScore withText(ProjectScore score, String text) {
        Project p = score.project();
        Finding finding = new Finding(text, text, Effect.HYPE, 5, text, text, new Citation(text, text, text, text),
                List.of(new Evidence(text, text, Location.at(1, 1))));
        List<Finding> findings = new ArrayList<>(score.findings());
        findings.add(finding);
        return new ProjectScore(new Project(text, text, text, p.fields()), score.verdict(), score.score(), score.hype(),
                score.substance(), score.confidence(), score.trends(), findings,
                List.of(new io.hypecheck.score.Suppression(finding, text, Optional.empty(), text)), score.rulesChecked(),
                score.rulesUnknown(), List.of());
    }

    private static ProjectScore renamed(ProjectScore score, String name) {
        Project p = score.project();
        return new ProjectScore(new Project(p.id() + name.length(), name, p.file(), p.fields()), score.verdict(),
                score.score(), score.hype(), score.substance(), score.confidence(), score.trends(), score.findings(),
                score.suppressed(), score.rulesChecked(), score.rulesUnknown(), score.undecided());
    }

    private static List<String> structure(String page) {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(page);
        while (m.find()) {
            List<String> names = ATTRIBUTE_NAME.matcher(m.group(2)).results().map(r -> r.group(1)).toList();
            tags.add(m.group(1) + names);
        }
        return tags;
    }

    private static List<String> all(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            List<String> groups = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                groups.add(m.group(i));
            }
            found.add(String.join(" ", groups));
        }
        return found;
    }

    private static String between(String page, String open, String close) {
        int start = page.indexOf(open) + open.length();
        return page.substring(start, page.indexOf(close, start));
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
