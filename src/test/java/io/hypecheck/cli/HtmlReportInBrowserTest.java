package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of the samples, opened in headless Chromium: the page's script has run (the
 * table is sorted as its address asks), the chart's points and the table say what the JSON report
 * of the same run says, clicking headings sorts (a test page beside the report clicks them in a
 * frame), and the rendered page (saved as {@code target/html-report/screenshot.png}) is styled.
 * Skipped, with a message, when {@code /usr/bin/chromium} is not installed.
 */
class HtmlReportInBrowserTest {

    private static final Path WORK = Path.of("target", "html-report");
    private static final Pattern PLOT = Pattern.compile("<rect class=\"plot\" x=\"([0-9.]+)\" y=\"([0-9.]+)\" "
            + "width=\"([0-9.]+)\" height=\"([0-9.]+)\"");
    private static final Pattern POINT = Pattern.compile("<circle class=\"point ([a-z]+)\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" "
            + "r=\"5\" data-rank=\"(\\d+)\" data-id=\"([^\"]*)\" data-verdict=\"([a-z]+)\" data-hype=\"(\\d+)\" "
            + "data-substance=\"(\\d+)\">");
    private static final Pattern LABEL = Pattern.compile("text-anchor=\"[a-z]+\" data-rank=\"\\d+\">([^<]*)</text>");
    private static final Pattern ROW = Pattern.compile("<tr data-rank=\"(\\d+)\" data-id=\"([^\"]*)\">(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td data-sort=\"([^\"]*)\">");

    private static JsonNode json;
    private static String dom;
    private static List<String> clicks;
    private static BufferedImage screenshot;

    private static final String MISSING = "browser test skipped: " + HeadlessChromium.BINARY
            + " is missing (apt-get install -y chromium; .ci/run installs it)";

    @BeforeAll
    static void openTheSamplesReport() throws Exception {
        if (!HeadlessChromium.available()) {
            System.err.println(MISSING);
            return;
        }
        Files.createDirectories(WORK);
        Path html = WORK.resolve("report.html").toAbsolutePath();
        CliResult result = CliResult.run("score", "samples/", "--today", "2026-11-24", "-f", "json", "-f", "html=" + html);
        assertThat(result.code()).isZero();
        json = new ObjectMapper().readTree(result.out());
        Path shotFile = WORK.resolve("screenshot.png").toAbsolutePath();
        Files.deleteIfExists(shotFile);
        Path clicker = WORK.resolve("click-headers.html").toAbsolutePath();
        Files.copy(Path.of("src", "test", "resources", "html", "click-headers.html"), clicker,
                StandardCopyOption.REPLACE_EXISTING);
        HeadlessChromium.Run opened = HeadlessChromium.start(WORK, "dom", html.toUri() + "#sort=hype-desc",
                "--window-size=1280,1600", "--screenshot=" + shotFile, "--dump-dom");
        HeadlessChromium.Run clicking = HeadlessChromium.start(WORK, "clicks", clicker.toUri().toString(),
                "--allow-file-access-from-files", "--dump-dom");
        dom = opened.finish();
        Matcher pre = Pattern.compile("<pre id=\"clicks\">([^<]*)</pre>").matcher(clicking.finish());
        clicks = pre.find() ? List.of(pre.group(1).split("\n")) : List.of();
        screenshot = ImageIO.read(shotFile.toFile());
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(HeadlessChromium.available(), MISSING);
    }

    @Test
    void chartHasOnePointPerProjectWhereTheJsonPutsItColouredByItsVerdict() {
        // given
        Matcher plot = PLOT.matcher(dom);
        assertThat(plot.find()).as("the plot area").isTrue();
        double left = Double.parseDouble(plot.group(1));
        double top = Double.parseDouble(plot.group(2));
        double width = Double.parseDouble(plot.group(3));
        double height = Double.parseDouble(plot.group(4));

        // when
        Map<String, MatchResult> points = new HashMap<>();
        POINT.matcher(dom).results().forEach(r -> points.put(unescape(r.group(5)), r));

        // then
        assertThat(points).hasSize(json.path("projects").size());
        for (JsonNode p : json.path("projects")) {
            MatchResult point = points.get(p.path("id").asText());
            assertThat(point).as(p.path("id").asText()).isNotNull();
            assertThat(point.group(1)).isEqualTo(p.path("verdict").asText());
            assertThat(point.group(6)).isEqualTo(p.path("verdict").asText());
            assertThat(Integer.parseInt(point.group(4))).isEqualTo(p.path("rank").asInt());
            assertThat(Double.parseDouble(point.group(2)))
                    .isCloseTo(left + p.path("hype").asInt() * width / 100, offset(0.05));
            assertThat(Double.parseDouble(point.group(3)))
                    .isCloseTo(top + height - p.path("substance").asInt() * height / 100, offset(0.05));
        }
    }

    @Test
    void everySampleIsLabelledByName() {
        // when
        List<String> labels = new ArrayList<>();
        LABEL.matcher(dom).results().forEach(r -> labels.add(unescape(r.group(1))));

        // then
        List<String> names = new ArrayList<>();
        json.path("projects").forEach(p -> names.add(p.path("name").asText()));
        assertThat(labels).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void tableListsTheJsonProjectsSortedByHypeAsTheAddressAsksTiesInRankOrder() {
        // when
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(dom);
        while (m.find()) {
            List<String> sort = CELL.matcher(m.group(3)).results().map(r -> unescape(r.group(1))).toList();
            // rank, project, verdict, score, hype, substance, confidence, trend, findings
            rows.add(String.join(" ", m.group(1), unescape(m.group(2)), sort.get(3), sort.get(4), sort.get(5), sort.get(6),
                    sort.get(8)));
        }

        // then
        List<JsonNode> projects = new ArrayList<>();
        json.path("projects").forEach(projects::add);
        projects.sort(Comparator.comparingInt((JsonNode p) -> -p.path("hype").asInt()).thenComparingInt(p -> p.path("rank").asInt()));
        List<String> expected = projects.stream().map(p -> String.join(" ", p.path("rank").asText(), p.path("id").asText(),
                p.path("score").asText(), p.path("hype").asText(), p.path("substance").asText(),
                String.format(Locale.ROOT, "%.2f", p.path("confidence").asDouble()),
                String.valueOf(p.path("findings").size()))).toList();
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(dom).contains("<th scope=\"col\" data-key=\"hype\" data-type=\"number\" data-first=\"descending\" "
                + "aria-sort=\"descending\">").contains("data-key=\"rank\" data-type=\"number\" data-first=\"ascending\" "
                + "aria-sort=\"none\">");
    }

    @Test
    void clickingAHeadingSortsByItThenTogglesAndPutsTheSortInTheAddress() {
        // given
        List<JsonNode> projects = new ArrayList<>();
        json.path("projects").forEach(projects::add);
        Comparator<JsonNode> rank = Comparator.comparingInt(p -> p.path("rank").asInt());
        Comparator<JsonNode> score = Comparator.comparingInt(p -> p.path("score").asInt());
        Comparator<JsonNode> name = Comparator.comparing(p -> p.path("name").asText().toLowerCase(Locale.ROOT));

        // then: the clicks the page beside the report made, in order
        assertThat(clicks).containsExactly(
                clicked("score", "descending", "#sort=score-desc", projects, score.reversed().thenComparing(rank)),
                clicked("score", "ascending", "#sort=score-asc", projects, score.thenComparing(rank)),
                clicked("project", "ascending", "#sort=project-asc", projects, name.thenComparing(rank)),
                clicked("rank", "ascending", "#sort=rank-asc", projects, rank));
    }

    private static String clicked(String key, String sort, String hash, List<JsonNode> projects, Comparator<JsonNode> order) {
        List<String> ids = projects.stream().sorted(order).map(p -> p.path("id").asText()).toList();
        return key + " " + sort + " " + hash + " " + String.join(" ", ids);
    }

    @Test
    void screenshotShowsTheStyledPageWithEachVerdictsColour() throws Exception {
        // then: the badges' colours are only there when the inline style sheet was allowed and applied
        assertThat(screenshot).as("screenshot").isNotNull();
        assertThat(screenshot.getWidth()).isEqualTo(1280);
        assertThat(pixels(0x1a7f37)).as("substance green").isGreaterThan(200);
        assertThat(pixels(0x9a6700)).as("mixed amber").isGreaterThan(200);
        assertThat(pixels(0xcf222e)).as("hype red").isGreaterThan(200);
    }

    private static int pixels(int rgb) {
        int[] all = screenshot.getRGB(0, 0, screenshot.getWidth(), screenshot.getHeight(), null, 0, screenshot.getWidth());
        int count = 0;
        for (int argb : all) {
            if ((argb & 0xFFFFFF) == rgb) {
                count++;
            }
        }
        return count;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", "\u00A0").replace("&amp;", "&");
    }
}
