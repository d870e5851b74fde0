package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.score.FailCondition;
import io.hypecheck.score.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitRendererTest {

    private static final FailCondition FAIL_ON_HYPE = new FailCondition(Optional.of(Verdict.HYPE), Optional.empty(),
            Optional.empty());

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element suite(Document document) {
        return (Element) document.getElementsByTagName("testsuite").item(0);
    }

    @Test
    void countsProjectsFailuresAndInvalidFiles() throws Exception {
        // when
        Document document = parse(new JUnitRenderer().render(ReportFixtures.scenario("invalid-file", FAIL_ON_HYPE)));

        // then
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        for (Element e : List.of(root, suite(document))) {
            assertThat(e.getAttribute("name")).isEqualTo("hypecheck");
            assertThat(e.getAttribute("tests")).isEqualTo("5");
            assertThat(e.getAttribute("failures")).isEqualTo("1");
            assertThat(e.getAttribute("errors")).isEqualTo("2");
        }
        assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(5);
        assertThat(document.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagName("error").getLength()).isEqualTo(2);
    }

    @Test
    void namesTestcasesAfterTheProjectWithItsPrimaryTrendAsClassname() throws Exception {
        // when
        Document document = parse(new JUnitRenderer().render(ReportFixtures.scenario("several", FailCondition.none())));

        // then
        Element beta = (Element) document.getElementsByTagName("testcase").item(1);
        assertThat(beta.getAttribute("classname")).isEqualTo("agents-with-wallets");
        assertThat(beta.getAttribute("name")).isEqualTo("Beta Agents, \"the | wallet\" <co>");
        assertThat(beta.getAttribute("file")).isEqualTo("samples/beta.yaml");
        assertThat(document.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void failsAProjectWithItsReasonsAndListsItsFindings() throws Exception {
        // when
        Document document = parse(new JUnitRenderer().render(ReportFixtures.scenario("several", FAIL_ON_HYPE)));

        // then
        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("Gamma ZK");
        assertThat(failure.getAttribute("type")).isEqualTo("verdict");
        assertThat(failure.getAttribute("message")).isEqualTo("verdict hype (--fail-on hype)");
        assertThat(failure.getTextContent()).contains("+30 hype  zk-large-model-proofs: ZK proofs claimed for large models "
                + "(claims[0] at line 3)\n");
    }

    @Test
    void failsARegressionAgainstTheBaseline() throws Exception {
        // given
        FailCondition regression = new FailCondition(Optional.empty(), Optional.empty(), Optional.of(10));

        // when
        Document document = parse(new JUnitRenderer().render(ReportFixtures.scenario("baseline", regression)));

        // then
        NodeList failures = document.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((Element) failures.item(0)).getAttribute("message"))
                .isEqualTo("score fell 15 points since the baseline (--fail-on-regression 10)");
    }

    @Test
    void carriesXmlSpecialCharactersAndLineBreaksThroughAttributesAndText() throws Exception {
        // given
        String message = "a & b < c > d \"quoted\" 'single' ]]> tab\there\nnext line\rcr";
        Report report = new Report("1", List.of(), List.of(Diagnostic.error("dir/<odd> & \"file\".yaml", 1, 2, "x"),
                Diagnostic.error("z.yaml", 3, 4, message.replace('\n', ' ').replace('\r', ' '))));

        // when
        Document document = parse(new JUnitRenderer().render(report));

        // then
        Element first = (Element) document.getElementsByTagName("testcase").item(0);
        assertThat(first.getAttribute("name")).isEqualTo("dir/<odd> & \"file\".yaml");
        Element error = (Element) document.getElementsByTagName("error").item(1);
        assertThat(error.getAttribute("message")).isEqualTo(message.replace('\n', ' ').replace('\r', ' ')
                .replace("\t", "\\t"));
        assertThat(XmlText.attribute(message)).doesNotContain("\n", "\r", "\t", "\"", "<");
    }

    @Test
    void keepsLineBreaksInAttributeValuesAndReplacesCharactersXmlCannotCarry() throws Exception {
        // given
        String value = "line\nbreak\ttab\rcr \u0001bell \uD800lone";

        // when
        Document document = parse("<a v=\"" + XmlText.attribute(value) + "\">" + XmlText.text(value) + "</a>");

        // then
        String expected = "line\nbreak\ttab\rcr \uFFFDbell \uFFFDlone";
        assertThat(document.getDocumentElement().getAttribute("v")).isEqualTo(expected);
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("io.hypecheck.report.ReportFixtures#scenarios")
    void parsesBackWithOneTestcasePerProjectAndInvalidFile(String scenario) throws Exception {
        // given
        Report report = ReportFixtures.scenario(scenario);

        // when
        Document document = parse(new JUnitRenderer().render(report));

        // then
        long expected = report.projects().size() + report.errorFiles();
        assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo((int) expected);
        assertThat(suite(document).getAttribute("tests")).isEqualTo(String.valueOf(expected));
        assertThat(suite(document).getAttribute("failures"))
                .isEqualTo(String.valueOf(document.getElementsByTagName("failure").getLength()));
    }

    @Test
    void writesAnEmptySuiteWithoutProjects() throws Exception {
        // when
        Document document = parse(new JUnitRenderer().render(ReportFixtures.scenario("empty", FAIL_ON_HYPE)));

        // then
        assertThat(suite(document).getAttribute("tests")).isEqualTo("0");
        assertThat(document.getElementsByTagName("testcase").getLength()).isZero();
    }
}
