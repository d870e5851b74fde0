package io.hypecheck.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Location;
import io.hypecheck.diagnostic.Diagnostic;
import io.hypecheck.diagnostic.Severity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectLoaderTest {

    private static final String FILE = "samples/x.yaml";

    private static LoadResult load(String yaml) {
        return ProjectLoader.load(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Project project(String yaml) {
        LoadResult result = load(yaml);
        assertThat(result.errors()).as("errors").isEmpty();
        return result.project().orElseThrow();
    }

    private static Value.Scalar scalar(Project project, String path) {
        return project.fields().scalar(path).orElseThrow(() -> new AssertionError("no " + path));
    }

    private static Object value(Project project, String path) {
        return scalar(project, path).value();
    }

    private static List<String> messages(LoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static Value.Items items(Project project, String name) {
        return (Value.Items) project.fields().fields().get(name);
    }

    // --- one test per field kind -------------------------------------------------------------

    @Test
    void readsTextWithoutSurroundingSpaces() {
        // when
        Project project = project("""
                name: Ritual
                summary: "  Open AI execution layer.  "
                """);

        // then
        assertThat(project.name()).isEqualTo("Ritual");
        assertThat(value(project, "summary")).isEqualTo("Open AI execution layer.");
    }

    @Test
    void readsNumbersAndBooleansAsTextWhereTextIsExpected() {
        // when
        Project project = project("""
                name: 1984
                code:
                  license: true
                """);

        // then
        assertThat(project.name()).isEqualTo("1984");
        assertThat(value(project, "code.license")).isEqualTo("true");
    }

    @Test
    void readsASlug() {
        // when
        Project project = project("name: X\nid: prime-intellect_2.0\n");

        // then
        assertThat(project.id()).isEqualTo("prime-intellect_2.0");
    }

    @Test
    void rejectsASlugWithCapitalsOrSpaces() {
        // when
        LoadResult result = load("name: X\nid: Prime Intellect\n");

        // then
        assertThat(result.project()).isEmpty();
        assertThat(messages(result)).containsExactly(FILE + ":2:5: id: expected a slug such as my-project, got \"Prime Intellect\"");
    }

    @Test
    void readsHttpAndHttpsUrls() {
        // when
        Project project = project("""
                name: X
                website: https://ritual.net
                code:
                  repo: http://github.com/ritual-net/infernet-node
                """);

        // then
        assertThat(value(project, "website")).isEqualTo("https://ritual.net");
        assertThat(value(project, "code.repo")).isEqualTo("http://github.com/ritual-net/infernet-node");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ritual.net            | \"ritual.net\"",
        "ftp://ritual.net      | \"ftp://ritual.net\"",
        "https://              | \"https://\"",
        "'https://a b.com'     | \"https://a b.com\"",
    })
    void rejectsWhatIsNotAWebUrl(String url, String shown) {
        // when
        LoadResult result = load("name: X\nwebsite: " + url + "\n");

        // then
        assertThat(result.project()).isEmpty();
        assertThat(messages(result)).containsExactly(FILE + ":2:10: website: expected an http(s) URL, got " + shown);
    }

    @Test
    void readsAnInteger() {
        // when
        Project project = project("""
                name: X
                traction:
                  monthly_active_users: 1200000
                  nodes: 1_000
                  agents: 0
                """);

        // then
        assertThat(value(project, "traction.monthly_active_users")).isEqualTo(new BigDecimal("1200000"));
        assertThat(value(project, "traction.nodes")).isEqualTo(new BigDecimal("1000"));
        assertThat(value(project, "traction.agents")).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void rejectsAFractionOrAQuotedNumberWhereAnIntegerIsExpected() {
        // when
        LoadResult result = load("""
                name: X
                team:
                  size: 2.5
                  ai_researchers: "12"
                """);

        // then
        assertThat(result.project()).isEmpty();
        assertThat(messages(result)).containsExactly(
                FILE + ":3:9: team.size: expected an integer, got 2.5",
                FILE + ":4:19: team.ai_researchers: expected an integer, got \"12\"");
    }

    @Test
    void rejectsANegativeInteger() {
        // when
        LoadResult result = load("name: X\ncompute:\n  gpus: -8\n");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":3:9: compute.gpus: must not be negative, got -8");
    }

    @Test
    void readsANumberWithOrWithoutFraction() {
        // when
        Project project = project("""
                name: X
                verification:
                  max_model_parameters_b: 0.5
                  proof_time_seconds: 30
                """);

        // then
        assertThat((BigDecimal) value(project, "verification.max_model_parameters_b")).isEqualByComparingTo("0.5");
        assertThat((BigDecimal) value(project, "verification.proof_time_seconds")).isEqualByComparingTo("30");
    }

    @Test
    void rejectsTextWhereANumberIsExpected() {
        // when
        LoadResult result = load("name: X\nverification:\n  proof_time_seconds: fast\n");

        // then
        assertThat(messages(result)).containsExactly(
                FILE + ":3:23: verification.proof_time_seconds: expected a number, got \"fast\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1200000         | 1200000",
        "'\"$1.2B\"'     | 1200000000",
        "350M            | 350000000",
        "'\"350M\"'      | 350000000",
        "'\"12,000,000\"'| 12000000",
        "12,000,000      | 12000000",
        "4.5k            | 4500",
        "1_500_000       | 1500000",
        "2.5e+6          | 2500000",
        "0               | 0",
    })
    void readsAnAmountAsANumberOrAsAnalystsWriteIt(String written, String expected) {
        // when
        Project project = project("name: X\ntoken:\n  market_cap_usd: " + written + "\n");

        // then
        assertThat((BigDecimal) value(project, "token.market_cap_usd")).isEqualByComparingTo(expected);
    }

    @Test
    void rejectsANegativeAmount() {
        // when
        LoadResult result = load("name: X\nfunding:\n  distributed_usd: -5000\n");

        // then
        assertThat(result.project()).isEmpty();
        assertThat(messages(result)).containsExactly(FILE + ":3:20: funding.distributed_usd: must not be negative, got -5000");
    }

    @Test
    void rejectsABooleanWhereAnAmountIsExpected() {
        // when
        LoadResult result = load("name: X\ntoken:\n  fdv_usd: yes\n");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":3:12: token.fdv_usd: expected an amount, got yes");
    }

    @Test
    void readsBooleans() {
        // when
        Project project = project("""
                name: X
                traction:
                  live: true
                team:
                  public: false
                code:
                  open_source: yes
                """);

        // then
        assertThat(value(project, "traction.live")).isEqualTo(true);
        assertThat(value(project, "team.public")).isEqualTo(false);
        assertThat(value(project, "code.open_source")).isEqualTo(true);
    }

    @Test
    void rejectsAQuotedOrWordyBoolean() {
        // when
        LoadResult result = load("""
                name: X
                traction:
                  live: "true"
                data:
                  synthetic: partly
                """);

        // then
        assertThat(messages(result)).containsExactly(
                FILE + ":3:9: traction.live: expected true or false, got \"true\"",
                FILE + ":5:14: data.synthetic: expected true or false, got \"partly\"");
    }

    @Test
    void readsADayOrAMonth() {
        // when
        Project project = project("""
                name: X
                traction:
                  launched: 2024-03-05
                as_of: 2025-04
                """);

        // then
        assertThat(value(project, "traction.launched")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(value(project, "as_of")).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(project.asOf()).contains(LocalDate.of(2025, 4, 1));
    }

    @Test
    void rejectsADateThatDoesNotExist() {
        // when
        LoadResult result = load("name: X\ntraction:\n  launched: 2024-02-30\nas_of: 2024-13\n");

        // then
        assertThat(messages(result)).containsExactly(
                FILE + ":3:13: traction.launched: expected a date (YYYY-MM-DD, YYYY-MM or YYYY), got 2024-02-30",
                FILE + ":4:8: as_of: expected a date (YYYY-MM-DD, YYYY-MM or YYYY), got \"2024-13\"");
    }

    @Test
    void readsAChoiceInAnyCase() {
        // when
        Project project = project("""
                name: X
                compute:
                  interconnect: Internet
                verification:
                  method: zk
                """);

        // then
        assertThat(value(project, "compute.interconnect")).isEqualTo("internet");
        assertThat(value(project, "verification.method")).isEqualTo("zk");
    }

    @Test
    void rejectsAWordOutsideTheChoicesSuggestingTheClosest() {
        // when
        LoadResult result = load("name: X\nverification:\n  method: zkp\n");

        // then
        assertThat(messages(result)).containsExactly(
                FILE + ":3:11: verification.method: expected one of zk, optimistic, tee, none, got \"zkp\" (did you mean 'zk'?)");
    }

    @Test
    void readsListsOfTextUrlsAndChoicesInOrder() {
        // when
        Project project = project("""
                name: X
                tags: [zk-ai, zkml]
                claims:
                  - Verifiable inference.
                  - Runs on any chain.
                sources:
                  - https://a.example
                  - https://b.example
                funding:
                  mechanisms: [Grants, airdrop]
                """);

        // then
        assertThat(items(project, "tags").items()).extracting(v -> ((Value.Scalar) v).value())
                .containsExactly("zk-ai", "zkml");
        assertThat(items(project, "claims").items()).extracting(v -> ((Value.Scalar) v).value())
                .containsExactly("Verifiable inference.", "Runs on any chain.");
        assertThat(items(project, "sources").items()).extracting(v -> ((Value.Scalar) v).value())
                .containsExactly("https://a.example", "https://b.example");
        Value.Items mechanisms = (Value.Items) ((Value.Fields) project.fields().fields().get("funding")).fields().get("mechanisms");
        assertThat(mechanisms.items()).extracting(v -> ((Value.Scalar) v).value()).containsExactly("grants", "airdrop");
    }

    @Test
    void namesTheIndexOfABadListElement() {
        // when
        LoadResult result = load("""
                name: X
                sources:
                  - https://a.example
                  - see the whitepaper
                """);

        // then
        assertThat(messages(result)).containsExactly(
                FILE + ":4:5: sources[1]: expected an http(s) URL, got \"see the whitepaper\"");
    }

    @Test
    void rejectsASingleValueWhereAListIsExpected() {
        // when
        LoadResult result = load("name: X\nclaims: The fastest chain.\n");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":2:9: claims: expected a list, got \"The fastest chain.\"");
    }

    @Test
    void skipsEmptyListElements() {
        // when
        Project project = project("name: X\ntags:\n  -\n  - agents\n");

        // then
        assertThat(items(project, "tags").items()).extracting(v -> ((Value.Scalar) v).value()).containsExactly("agents");
    }

    @Test
    void readsNestedObjects() {
        // when
        Project project = project("""
                name: X
                token:
                  symbol: RIT
                  fdv_usd: 1B
                code: {repo: "https://github.com/x/y", contributors: 12}
                """);

        // then
        assertThat(value(project, "token.symbol")).isEqualTo("RIT");
        assertThat((BigDecimal) value(project, "token.fdv_usd")).isEqualByComparingTo("1000000000");
        assertThat(value(project, "code.contributors")).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void rejectsAScalarWhereAnObjectIsExpected() {
        // when
        LoadResult result = load("name: X\ntoken: RIT\n");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":2:8: token: expected a mapping of fields, got \"RIT\"");
    }

    @Test
    void readsAListOfModels() {
        // when
        Project project = project("""
                name: X
                models:
                  - name: Llama 3 8B
                    parameters_b: 8
                    open_weights: true
                    role: served
                  - name: INTELLECT-1
                    parameters_b: 10
                    role: trained
                """);

        // then
        List<Value> models = items(project, "models").items();
        assertThat(models).hasSize(2).allSatisfy(m -> assertThat(m).isInstanceOf(Value.Fields.class));
        Value.Fields second = (Value.Fields) models.get(1);
        assertThat(second.scalar("name").orElseThrow().value()).isEqualTo("INTELLECT-1");
        assertThat(second.scalar("role").orElseThrow().value()).isEqualTo("trained");
        assertThat(second.scalar("open_weights")).isEmpty();
    }

    @Test
    void namesTheModelWhoseFieldIsWrong() {
        // when
        LoadResult result = load("""
                name: X
                models:
                  - name: a
                    parameters_b: 8
                  - name: b
                    parameters_b: huge
                    role: pretrained
                """);

        // then
        assertThat(messages(result)).containsExactly(
                FILE + ":6:19: models[1].parameters_b: expected a number, got \"huge\"",
                FILE + ":7:11: models[1].role: expected one of trained, fine-tuned, served, verified, got \"pretrained\" (did you mean 'trained'?)");
    }

    // --- absence, defaults, unknown fields ----------------------------------------------------

    @Test
    void anAbsentFieldIsAbsentNotZeroOrFalse() {
        // when
        Project project = project("""
                name: X
                traction:
                  paying_customers:
                team: {}
                """);

        // then
        assertThat(project.fields().scalar("traction.live")).isEmpty();
        assertThat(project.fields().scalar("traction.paying_customers")).isEmpty();
        assertThat(project.fields().scalar("team.size")).isEmpty();
        assertThat(project.fields().scalar("token.market_cap_usd")).isEmpty();
        assertThat(project.fields().fields()).doesNotContainKeys("token", "claims", "models", "as_of");
        assertThat(project.asOf()).isEmpty();
    }

    @Test
    void idDefaultsToTheFileNameWithoutExtension() {
        // when
        LoadResult result = ProjectLoader.load("projects/ai/prime-intellect.yml",
                "name: Prime Intellect\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(result.project()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("prime-intellect"));
    }

    @Test
    void idOfStandardInputIsASlugOfTheName() {
        // when
        LoadResult result = ProjectLoader.load("-", "name: Olas (Autonolas) Café\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(result.project()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("olas-autonolas-cafe"));
    }

    @Test
    void anExplicitIdWinsOverTheFileName() {
        // when
        Project project = project("name: X\nid: ritual\n");

        // then
        assertThat(project.id()).isEqualTo("ritual");
        assertThat(project.file()).isEqualTo(FILE);
    }

    @Test
    void anUnknownFieldIsAWarningWithASuggestionAndTheFileStillLoads() {
        // when
        LoadResult result = load("""
                name: X
                tokn:
                  symbol: RIT
                traction:
                  liv: true
                """);

        // then
        assertThat(result.project()).isPresent();
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::format).containsExactly(
                FILE + ":2:1: unknown field 'tokn' (did you mean 'token'?); ignored",
                FILE + ":5:3: unknown field 'traction.liv' (did you mean 'live'?); ignored");
        assertThat(result.project().orElseThrow().fields().fields()).doesNotContainKey("tokn");
    }

    @Test
    void anUnknownFieldFarFromAnyKnownOneHasNoSuggestion() {
        // when
        LoadResult result = load("name: X\nmarketing_budget: 5M\n");

        // then
        assertThat(result.project()).isPresent();
        assertThat(messages(result)).containsExactly(FILE + ":2:1: unknown field 'marketing_budget'; ignored");
    }

    // --- errors -------------------------------------------------------------------------------

    @Test
    void aWrongTypeIsAnErrorWithFileLineColumnAndPath() {
        // when
        LoadResult result = load("""
                # Example
                name: X
                summary: Decentralised AI.
                tags: [agents]
                token:
                  symbol: XYZ
                  market_cap_usd: lots
                """);

        // then
        assertThat(result.project()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.format()).isEqualTo("samples/x.yaml:7:19: token.market_cap_usd: expected an amount, got \"lots\"");
        });
    }

    @Test
    void reportsEveryProblemInFileOrderNotJustTheFirst() {
        // when
        LoadResult result = load("""
                name: X
                team:
                  size: many
                  pubic: true
                as_of: soon
                """);

        // then
        assertThat(result.diagnostics()).extracting(Diagnostic::severity, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 3),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 4),
                        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 5));
    }

    @Test
    void nameIsRequired() {
        // when
        LoadResult result = load("summary: No name.\n");

        // then
        assertThat(result.project()).isEmpty();
        assertThat(messages(result)).containsExactly(FILE + ":1:1: name: required field is missing");
    }

    @Test
    void aNameOfTheWrongTypeIsReportedOnce() {
        // when
        LoadResult result = load("name: [a, b]\n");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":1:7: name: expected a string, got a list");
    }

    @Test
    void aDuplicateKeyIsAnErrorPointingAtTheFirst() {
        // when
        LoadResult result = load("name: X\ntoken:\n  symbol: A\n  symbol: B\n");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":4:3: token.symbol: duplicate key (first at line 3)");
    }

    @Test
    void schemaVersionOneIsAccepted() {
        // when / then
        assertThat(load("schema_version: 1\nname: X\n").project()).isPresent();
    }

    @Test
    void exemptionsNeedARuleAndAReason() {
        // when
        LoadResult result = load("""
                name: X
                exemptions:
                  - rule: reality-check/no-revenue
                    until: 2026-01
                """);

        // then
        assertThat(messages(result)).containsExactly(FILE + ":3:5: exemptions[0].reason: required field is missing");
    }

    // --- locations ----------------------------------------------------------------------------

    @Test
    void valuesKnowTheirSpan() {
        // when
        Project project = project("""
                name: X
                token:
                  symbol: RIT
                  market_cap_usd: "$1.2B"
                """);

        // then
        assertThat(scalar(project, "token.symbol").location()).isEqualTo(new Location(3, 11, 3, 14));
        assertThat(scalar(project, "token.market_cap_usd").location()).isEqualTo(new Location(4, 19, 4, 26));
        assertThat(scalar(project, "token.market_cap_usd").text()).isEqualTo("$1.2B");
        assertThat(project.fields().fields().get("token").location().line()).isEqualTo(3);
    }

    @Test
    void locatesAWordInsideAPlainScalar() {
        // given
        Project project = project("name: X\nsummary: Open zkML proving for any model.\n");
        Value.Scalar summary = scalar(project, "summary");
        int at = ((String) summary.value()).indexOf("zkML");

        // when
        Location location = summary.locator().locate(at, at + 4);

        // then
        assertThat(location).isEqualTo(new Location(2, 15, 2, 19));
    }

    @Test
    void locatesAWordInsideAPlainScalarThatSpansLines() {
        // given
        Project project = project("name: X\nsummary: Open proving\n  for any model.\n");
        Value.Scalar summary = scalar(project, "summary");
        int at = ((String) summary.value()).indexOf("model");

        // when
        Location location = summary.locator().locate(at, at + 5);

        // then
        assertThat(location).isEqualTo(new Location(3, 11, 3, 16));
    }

    @Test
    void locatesAWordInsideAQuotedScalar() {
        // given
        Project project = project("name: X\nclaims:\n  - \"We said \\\"AGI\\\" twice: AGI.\"\n");
        Value.Scalar claim = (Value.Scalar) items(project, "claims").items().get(0);
        String text = (String) claim.value();
        int second = text.lastIndexOf("AGI");

        // when
        Location location = claim.locator().locate(second, second + 3);

        // then
        assertThat(text).isEqualTo("We said \"AGI\" twice: AGI.");
        assertThat(location).isEqualTo(new Location(3, 29, 3, 32));
    }

    @Test
    void locatesAWordInsideAQuotedScalarWithLeadingSpaces() {
        // given
        Project project = project("name: X\nsummary: \"  zk proofs\"\n");
        Value.Scalar summary = scalar(project, "summary");
        int at = ((String) summary.value()).indexOf("zk");

        // when
        Location location = summary.locator().locate(at, at + 2);

        // then
        assertThat(location).isEqualTo(new Location(2, 13, 2, 15));
    }

    @Test
    void locatesAWordInsideAFoldedBlockScalar() {
        // given
        Project project = project("""
                name: X
                description: >
                  A model exported to ONNX is compiled
                  into a Halo2 circuit.
                tags: [zk-ai]
                """);
        Value.Scalar description = scalar(project, "description");
        String text = (String) description.value();
        int at = text.indexOf("Halo2");

        // when
        Location location = description.locator().locate(at, at + 5);

        // then
        assertThat(text).isEqualTo("A model exported to ONNX is compiled into a Halo2 circuit.");
        assertThat(location).isEqualTo(new Location(4, 10, 4, 15));
    }

    @Test
    void locatesAWordInsideALiteralBlockScalar() {
        // given
        Project project = project("""
                name: X
                description: |
                  First line.
                    Indented agents line.
                """);
        Value.Scalar description = scalar(project, "description");
        int at = ((String) description.value()).indexOf("agents");

        // when
        Location location = description.locator().locate(at, at + 6);

        // then
        assertThat(location).isEqualTo(new Location(4, 14, 4, 20));
    }

    @Test
    void aRangeThatCannotBeFoundFallsBackToTheWholeValue() {
        // given a phrase that the folding joined across two lines
        Project project = project("name: X\ndescription: >\n  zero\n  knowledge\n");
        Value.Scalar description = scalar(project, "description");

        // when
        Location location = description.locator().locate(0, "zero knowledge".length());

        // then
        assertThat(location).isEqualTo(description.location());
    }

    @Test
    void locationsAreThoseOfTheFileWithCrlfLineEnds() {
        // when
        LoadResult result = load("name: X\r\ntoken:\r\n  symbol: RIT\r\n  fdv_usd: lots\r\n");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":4:12: token.fdv_usd: expected an amount, got \"lots\"");
    }

    @Test
    void lineNumbersCountOnlyTheLineBreaksEditorsShow() {
        // given a pasted summary with a Unicode line separator, which YAML 1.1 counts as a line break
        String yaml = "name: X\nsummary: \"one\u2028two\"\ntoken:\n  fdv_usd: lots\n";

        // when
        LoadResult result = load(yaml);

        // then
        assertThat(messages(result)).containsExactly(FILE + ":4:12: token.fdv_usd: expected an amount, got \"lots\"");
    }

    @Test
    void locatesWordsAfterALineSeparatorOnTheRightLine() {
        // given
        Project project = project("name: X\nsummary: \"one\u2028two\"\nclaims: [zkML inside]\n");
        Value.Scalar claim = (Value.Scalar) items(project, "claims").items().get(0);

        // when
        Location location = claim.locator().locate(0, 4);

        // then
        assertThat(location).isEqualTo(new Location(3, 10, 3, 14));
        assertThat(claim.location()).isEqualTo(new Location(3, 10, 3, 21));
    }

    @Test
    void oldMacLineEndsAreLineBreaks() {
        // when
        LoadResult result = load("name: X\rtoken:\r  fdv_usd: lots\r");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":3:12: token.fdv_usd: expected an amount, got \"lots\"");
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        // given an emoji (two UTF-16 units, one character) before the value and before the word
        Project project = project("name: X\ntags: [\"\uD83D\uDE80\", \"\uD83E\uDD16 agents\"]\n");
        Value.Scalar tag = (Value.Scalar) items(project, "tags").items().get(1);
        int at = ((String) tag.value()).indexOf("agents");

        // when
        Location location = tag.locator().locate(at, at + 6);

        // then: characters as editors count them; UTF-16 units beside them for SARIF
        assertThat(tag.location()).isEqualTo(new Location(2, 13, 2, 23, 14, 25));
        assertThat(location).isEqualTo(new Location(2, 16, 2, 22, 18, 24));
    }

    @Test
    void errorColumnsCountCharactersNotUtf16Units() {
        // when
        LoadResult result = load("name: X\nsources: [\"\uD83D\uDE80\", https://a.example]\n");

        // then
        assertThat(messages(result)).containsExactly(FILE + ":2:11: sources[0]: expected an http(s) URL, got \"\uD83D\uDE80\"");
    }
}
