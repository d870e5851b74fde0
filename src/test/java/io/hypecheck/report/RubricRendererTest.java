package io.hypecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.engine.Compiler;
import io.hypecheck.engine.RuleTypeRegistry;
import io.hypecheck.engine.SelfTestResult;
import io.hypecheck.engine.SelfTests;
import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.RubricLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of {@code rubrics list}, {@code show}, {@code types} and {@code test}, on rubrics written here. */
class RubricRendererTest {

    private static final RubricLoader LOADER = new RubricLoader(new Compiler(RuleTypeRegistry.builtIns()));

    private static Rubric rubric(String yaml) {
        return LOADER.load("my/r.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static final Rubric ALWAYS = rubric("""
            id: everyone
            title: Applies to all
            stance: cross-cutting
            cites: {section: "Seção", title: "Section"}
            match: always
            rules:
              - id: ev-live
                title: Live product
                when: {present: traction.live}
                effect: substance
                points: 10
                why: Products count.
            tests:
              - name: live
                project: {name: X, traction: {live: true}}
                fires: [ev-live]
              - name: wrongly expected
                project: {name: Y}
                fires: [ev-live]
            """);

    private static final Rubric TREND = rubric("""
            id: zk-ai
            title: ZK AI
            stance: hyped
            cites: {section: "Estruturas ZK-AI", title: "ZK-AI frameworks", part: "Exagero", point: "Proofs are slow"}
            match:
              min_strength: 0.5
              signals:
                - {when: {tag: zkml}, weight: 1}
                - {when: {present: verification.method}, weight: 0.5}
            rules:
              - id: zk-big
                title: Big models
                when:
                  all:
                    - {tag: zkml}
                    - {range: {field: verification.max_model_parameters_b, min: 10}}
                effect: hype
                points: 20
                why: Too big.
            """);

    @Test
    void listsEachRubricOnOneAlignedLine() {
        assertThat(RubricRenderer.list(List.of(ALWAYS, TREND))).isEqualTo(
                "everyone  cross-cutting    1 rules   2 tests  Applies to all\n"
                + "zk-ai     hyped            1 rules   0 tests  ZK AI\n");
        assertThat(RubricRenderer.list(List.of())).isEmpty();
    }

    @Test
    void showsTheCitationThePartAndPointWhenGivenAndEachRule() {
        // when
        String always = RubricRenderer.show(ALWAYS);
        String trend = RubricRenderer.show(TREND);

        // then
        assertThat(always).startsWith("everyone: Applies to all (cross-cutting)\narticle: ")
                .doesNotContain(", in \"", "point: ").contains("\nfile: my/r.yaml\napplies to every project\n")
                .contains("\nev-live  +10 substance  Live product\n  why: Products count.\n  when: ");
        assertThat(trend).contains(", in \"Exagero\"\npoint: Proofs are slow\nfile: my/r.yaml\n")
                .contains("matches at strength 0.5 from 2 signals\n")
                .contains("\nzk-big  +20 hype  Big models\n");
        assertThat(trend.substring(trend.indexOf("  when: "))).contains("\n        ");
    }

    @Test
    void listsRuleTypesAlignedByName() {
        // when
        String types = RubricRenderer.types(RuleTypeRegistry.builtIns().all());

        // then
        assertThat(types.lines()).allMatch(l -> l.matches("[a-z-]+ +built-in   .+"));
        assertThat(types.lines().map(l -> l.indexOf("built-in")).distinct()).hasSize(1);
        assertThat(RubricRenderer.types(List.of())).isEmpty();
    }

    @Test
    void reportsEachTestWithItsFailuresAtTheirLineAndCountsThem() {
        // when
        List<SelfTestResult> results = SelfTests.run(List.of(ALWAYS), LocalDate.of(2026, 11, 24));
        String text = RubricRenderer.tests(results);

        // then
        assertThat(text).startsWith("ok    everyone: live\nFAIL  everyone: wrongly expected\n        my/r.yaml:17: expected ev-live to fire")
                .endsWith("\n1 passed, 1 failed\n");
        assertThat(RubricRenderer.tests(List.of())).isEqualTo("0 passed, 0 failed\n");
    }
}
