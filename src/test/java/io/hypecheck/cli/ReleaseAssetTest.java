package io.hypecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The three places that name the released distribution agree: the file {@code mvn -Pdist package}
 * writes (pom.xml and src/assembly/dist.xml), the asset hypecheck's release workflow uploads, and
 * the asset the watchlist workflow that {@code init} writes downloads, for the pom's version.
 */
class ReleaseAssetTest {

    private static final Path POM = Path.of("pom.xml");
    private static final Path ASSEMBLY = Path.of("src/assembly/dist.xml");
    private static final Path RELEASE = Path.of(".github/workflows/release.yml");
    private static final Path WATCHLIST = Path.of("samples/watchlist/.github/workflows/hypecheck.yml");

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String xpath(Document document, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        return xpath.evaluate(expression, document).strip();
    }

    /** The pom's value of a {@code ${property}} reference, or the text itself. */
    private static String resolve(Document pom, String text) throws Exception {
        Matcher reference = Pattern.compile("\\$\\{([^}]+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String value = name.equals("project.version") ? xpath(pom, "/*[local-name()='project']/*[local-name()='version']")
                    : xpath(pom, "//*[local-name()='properties']/*[local-name()='" + name + "']");
            assertThat(value).as("the pom defines ${%s}", name).isNotEmpty();
            reference.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return reference.appendTail(out).toString();
    }

    /** The one {@code asset=…} a workflow's shell sets, with {@code variable} replaced by {@code value}. */
    private static String asset(Path workflow, String variable, String value) throws Exception {
        Matcher asset = Pattern.compile("(?m)^\\s*asset=\"?([^\"\\s]+)\"?$").matcher(Files.readString(workflow));
        assertThat(asset.find()).as("%s sets asset=", workflow).isTrue();
        String name = asset.group(1);
        assertThat(asset.find()).as("%s sets asset= once", workflow).isFalse();
        return name.replace("$" + variable, value);
    }

    @Test
    void theDistBuildTheReleaseAndTheWatchlistNameTheSameAssetForThePomsVersion() throws Exception {
        // given
        Document pom = xml(POM);
        Document assembly = xml(ASSEMBLY);
        String version = xpath(pom, "/*[local-name()='project']/*[local-name()='version']");

        // when: the dist build's file, finalName-id.format (appendAssemblyId)
        String distExecution = "//*[local-name()='profile'][*[local-name()='id']='dist']"
                + "//*[local-name()='plugin'][*[local-name()='artifactId']='maven-assembly-plugin']"
                + "//*[local-name()='configuration']";
        String finalName = resolve(pom, xpath(pom, distExecution + "/*[local-name()='finalName']"));
        String appendId = xpath(pom, distExecution + "/*[local-name()='appendAssemblyId']");
        String id = resolve(pom, xpath(assembly, "/*[local-name()='assembly']/*[local-name()='id']"));
        String tarballs = xpath(assembly, "count(//*[local-name()='formats']/*[local-name()='format'][.='tar.gz'])");
        String built = finalName + "-" + id + ".tar.gz";
        String released = asset(RELEASE, "version", version);
        String watchlistVersion = Pattern.compile("HYPECHECK_VERSION: \"([^\"]+)\"").matcher(Files.readString(WATCHLIST))
                .results().map(m -> m.group(1)).findFirst().orElse("");
        String downloaded = asset(WATCHLIST, "HYPECHECK_VERSION", watchlistVersion);

        // then
        assertThat(appendId).isEqualTo("true");
        assertThat(tarballs).isEqualTo("1");
        assertThat(built).isEqualTo("hypecheck-" + version + "-linux-x64.tar.gz");
        assertThat(released).isEqualTo(built);
        assertThat(watchlistVersion).isEqualTo(version).isEqualTo(Version.current());
        assertThat(downloaded).isEqualTo(built);
    }

    @Test
    void theReleaseUploadsTheAssetAndItsChecksumWhichTheWatchlistChecks() throws Exception {
        // given
        String release = Files.readString(RELEASE);
        String watchlist = Files.readString(WATCHLIST);

        // then: the release is the tag vVERSION, with both files; the watchlist downloads both and checks one by the other
        assertThat(release).contains("tags: [\"v*\"]", "version=\"${GITHUB_REF_NAME#v}\"", "mvn -B -ntp -Pdist verify",
                "sha256sum \"$ASSET\" > \"$ASSET.sha256\"", "gh release create \"$GITHUB_REF_NAME\"",
                "\"target/$ASSET\" \"target/$ASSET.sha256\"");
        assertThat(watchlist).contains("gh release download \"v$HYPECHECK_VERSION\"", "--pattern \"$asset\" --pattern \"$asset.sha256\"",
                "sha256sum --check --strict \"$asset.sha256\"", "HYPECHECK_REPO: \"" + InitCommand.RELEASE_REPO + "\"");
    }
}
