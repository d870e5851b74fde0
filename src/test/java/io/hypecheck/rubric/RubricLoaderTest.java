package io.hypecheck.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import io.hypecheck.engine.Compiler;
import io.hypecheck.engine.RuleTypeRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RubricLoaderTest {

    private static final Path BROKEN = Path.of("src", "test", "resources", "broken-rubrics");
    private final RubricLoader loader = new RubricLoader(new Compiler(RuleTypeRegistry.builtIns()));

    static Stream<String> brokenRubrics() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("brokenRubrics")
    void reportsEachBrokenRubricWithItsGoldenMessage(String name) throws IOException {
        // given
        byte[] bytes = Files.readAllBytes(BROKEN.resolve(name));
        String expected = Files.readString(BROKEN.resolve(name.replace(".yaml", ".expected")), StandardCharsets.UTF_8).strip();

        // when / then
        assertThatThrownBy(() -> loader.load("rubrics/" + name, bytes))
                .isInstanceOf(HypecheckException.class)
                .hasMessage(expected)
                .extracting(e -> ((HypecheckException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void loadsAValidRubricWithItsRulesTestsAndConditionSource() {
        // given
        String yaml = """
                id: small
                title: Small models
                stance: high-potential
                cites: {section: "Modelos de fundação pequena", title: "Small foundation models"}
                match:
                  min_strength: 0.4
                  signals:
                    - {weight: 0.4, when: {phrase: [small language model, SLM]}}
                rules:
                  - id: small-1-5b
                    title: A 1-5B model
                    when:
                      some: {list: models, where: {range: {field: parameters_b, min: 1, max: 5}}}
                    effect: substance
                    points: 15
                    why: Models of 1 to 5 billion parameters can run on decentralized and on-device hardware.
                tests:
                  - name: a 3B SLM
                    project: {summary: an SLM, models: [{name: m, parameters_b: 3}]}
                    matches: true
                    fires: [small-1-5b]
                """;

        // when
        Rubric rubric = loader.load("small.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(rubric.stance()).isEqualTo(Stance.HIGH_POTENTIAL);
        assertThat(rubric.match().minStrength()).isEqualTo(0.4);
        assertThat(rubric.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.points()).isEqualTo(15);
            assertThat(rule.line()).isEqualTo(10);
            assertThat(rule.source()).isEqualTo("some: {list: models, where: {range: {field: parameters_b, min: 1, max: 5}}}");
        });
        assertThat(rubric.tests()).singleElement().satisfies(test -> {
            assertThat(test.project().name()).isEqualTo("a 3B SLM");
            assertThat(test.fires()).containsExactly("small-1-5b");
        });
    }

    @Test
    void aRuleWhenMatchFiresOnTheSignalsThatPutTheProjectInTheTrend() {
        // given
        String yaml = """
                id: zk
                title: ZK
                stance: hyped
                cites: {section: "Estruturas ZK-AI", title: "ZK-AI frameworks"}
                match:
                  signals:
                    - {weight: 1, when: {tag: zkml}}
                rules:
                  - {id: zk-stance, title: In a hyped trend, when: match, effect: hype, points: 5, why: The article calls it hyped.}
                """;
        Rubric rubric = loader.load("zk.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        var facts = io.hypecheck.project.ProjectLoader.load("p.yaml", "name: P\ntags: [zkml]\n".getBytes(StandardCharsets.UTF_8))
                .project().orElseThrow().facts(java.time.LocalDate.of(2026, 11, 24));

        // when
        var outcome = rubric.rules().get(0).when().evaluate(facts);

        // then
        assertThat(outcome.isTrue()).isTrue();
        assertThat(outcome.evidence()).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("tags[0]"));
        assertThat(rubric.rules().get(0).source()).isEqualTo("match");
    }
}
