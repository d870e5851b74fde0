package io.hypecheck.rules;

import static io.hypecheck.rules.RuleFixture.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Truth;
import org.junit.jupiter.api.Test;

/** {@code all}, {@code any}, {@code not} and {@code some}: Kleene logic over nested conditions. */
class CombinatorTypesTest {

    private static final String LIVE_NO_CODE = "name: X\ntraction: {live: true}\n";

    @Test
    void allNeedsEveryPartAndFalseBeatsUnknown() {
        assertThat(evaluate("{all: [{equals: {field: traction.live, value: true}}, {absent: code.repo}]}", LIVE_NO_CODE).truth())
                .isEqualTo(Truth.TRUE);
        assertThat(evaluate("{all: [{present: code.repo}, {range: {field: team.size, min: 1}}]}", LIVE_NO_CODE).truth())
                .isEqualTo(Truth.FALSE);
        assertThat(evaluate("{all: [{equals: {field: traction.live, value: true}}, {range: {field: team.size, min: 1}}]}", LIVE_NO_CODE)
                .truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void anyNeedsOnePartAndTrueBeatsUnknown() {
        assertThat(evaluate("{any: [{range: {field: team.size, min: 1}}, {equals: {field: traction.live, value: true}}]}", LIVE_NO_CODE)
                .truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{any: [{range: {field: team.size, min: 1}}, {present: code.repo}]}", LIVE_NO_CODE).truth())
                .isEqualTo(Truth.UNKNOWN);
        assertThat(evaluate("{any: [{present: code.repo}, {present: audits}]}", LIVE_NO_CODE).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void notNegatesAndKeepsUnknown() {
        assertThat(evaluate("{not: {present: code.repo}}", LIVE_NO_CODE).truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate("{not: {of: {equals: {field: traction.live, value: true}}}}", LIVE_NO_CODE).truth()).isEqualTo(Truth.FALSE);
        assertThat(evaluate("{not: {tag: zk-ai}}", LIVE_NO_CODE).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void someCorrelatesFieldsOfOneElement() {
        String big = "{some: {list: models, where: {all: [{equals: {field: role, value: trained}}, {range: {field: parameters_b, min: 50}}]}}}";
        assertThat(evaluate(big, "name: X\nmodels: [{role: trained, parameters_b: 70}]\n").truth()).isEqualTo(Truth.TRUE);
        assertThat(evaluate(big, "name: X\nmodels: [{role: served, parameters_b: 70}, {role: trained, parameters_b: 3}]\n").truth())
                .isEqualTo(Truth.FALSE);
        assertThat(evaluate(big, "name: X\nmodels: [{role: trained}]\n").truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(evaluate(big, "name: X\n").truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void someReportsEvidenceWithFullPaths() {
        assertThat(evaluate("{some: {list: models, where: {range: {field: parameters_b, min: 50}}}}",
                "name: X\nmodels: [{parameters_b: 1}, {parameters_b: 70}]\n").evidence())
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("models[1].parameters_b"));
    }
}
