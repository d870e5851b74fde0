package io.hypecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Condition;
import io.hypecheck.api.Facts;
import io.hypecheck.api.Truth;
import io.hypecheck.project.ProjectLoader;
import io.hypecheck.yaml.SafeYaml;
import io.hypecheck.yaml.YamlProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Conditions written as in rubrics, compiled with the real registry and evaluated on real project files. */
class CompilerTest {

    private static final Compiler COMPILER = new Compiler(RuleTypeRegistry.builtIns());

    private static Condition compile(String yaml) {
        return COMPILER.compile(SafeYaml.read("rule.yaml", yaml.getBytes(StandardCharsets.UTF_8)).node());
    }

    private static Truth evaluate(String condition, String project) {
        Facts facts = ProjectLoader.load("p.yaml", project.getBytes(StandardCharsets.UTF_8)).project().orElseThrow()
                .facts(LocalDate.of(2026, 11, 24));
        return compile(condition).evaluate(facts).truth();
    }

    @Test
    void acceptsShorthandForTheDefaultParameter() {
        assertThat(evaluate("{tag: zk-ai}", "name: X\ntags: [zk-ai]\n")).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{all: [{present: code.repo}, {tag: zk-ai}]}", "name: X\ntags: [zk-ai]\n")).isEqualTo(Truth.FALSE);
        assertThat(evaluate("{phrase: [decentralized training]}", "name: X\nsummary: Decentralised... decentralized trainings\n"))
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void aMappingWhoseKeyIsARuleTypeIsANestedCondition() {
        assertThat(evaluate("{not: {tag: zk-ai}}", "name: X\ntags: [defi]\n")).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{not: {of: {tag: zk-ai}}}", "name: X\ntags: [defi]\n")).isEqualTo(Truth.TRUE);
    }

    @Test
    void someScopesFieldPathsToEachElement() {
        String condition = "{some: {list: models, where: {all: [{equals: {field: role, value: trained}}, "
                + "{range: {field: parameters_b, min: 50}}]}}}";
        assertThat(evaluate(condition, "name: X\nmodels: [{role: trained, parameters_b: 70}]\n")).isEqualTo(Truth.TRUE);
        assertThat(evaluate(condition, "name: X\nmodels: [{role: served, parameters_b: 70}, {role: trained, parameters_b: 3}]\n"))
                .isEqualTo(Truth.FALSE);
        assertThat(evaluate(condition, "name: X\n")).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void checksFieldPathsInTheirScope() {
        assertThatThrownBy(() -> compile("{some: {list: models, where: {range: {field: token.fdv_usd, min: 1}}}}"))
                .isInstanceOf(YamlProblem.class).hasMessage("unknown field 'token.fdv_usd'");
        assertThatThrownBy(() -> compile("{range: {field: parameters_b, min: 1}}"))
                .hasMessageStartingWith("unknown field 'parameters_b'");
    }

    @Test
    void rejectsAConditionThatIsNotOneTypeMapping() {
        assertThatThrownBy(() -> compile("{tag: x, present: code.repo}"))
                .hasMessageStartingWith("a condition is a mapping with one rule type");
    }

    @Test
    void aCrashingRuleTypeIsNamedWithItsOrigin() {
        // given
        RuleTypeRegistry registry = RuleTypeRegistry.builtIns();
        RegisteredType tag = registry.find("tag").orElseThrow();
        GuardedCondition guarded = new GuardedCondition(tag, facts -> {
            throw new IllegalStateException("boom");
        });

        // when / then
        assertThatThrownBy(() -> guarded.evaluate(null)).isInstanceOf(RuleTypeFailure.class)
                .hasMessage("rule type 'tag' (built-in) failed: java.lang.IllegalStateException: boom");
    }

    @Test
    void anAbsentFieldPointsAtItsNearestEnclosingMapping() {
        // given
        Facts facts = ProjectLoader.load("p.yaml", "name: X\ncode:\n  license: MIT\n".getBytes(StandardCharsets.UTF_8))
                .project().orElseThrow().facts(LocalDate.of(2026, 11, 24));

        // when
        var evidence = compile("{absent: code.repo}").evaluate(facts).evidence();

        // then
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("absent");
            assertThat(e.location().line()).isEqualTo(3);
        });
    }
}
