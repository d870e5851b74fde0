package io.hypecheck.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.engine.Compiler;
import io.hypecheck.engine.RuleTypeRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricSetTest {

    private static final RubricLoader LOADER = new RubricLoader(new Compiler(RuleTypeRegistry.builtIns()));

    @TempDir
    Path dir;

    private Path rubric(String file, String id, String ruleId) throws Exception {
        return Files.writeString(dir.resolve(file), """
                id: %s
                title: T
                stance: cross-cutting
                cites: {section: "Distorção da realidade Web3-AI", title: "Reality distortion"}
                match: always
                rules:
                  - {id: %s, title: R, when: {present: code.repo}, effect: substance, points: 5, why: W}
                """.formatted(id, ruleId));
    }

    @Test
    void shipsTheElevenBuiltInRubricsInSpecOrder() {
        // when
        List<Rubric> rubrics = RubricSet.load(LOADER, true, List.of());

        // then
        assertThat(rubrics).extracting(Rubric::id).containsExactlyElementsOf(RubricSet.BUILT_IN);
        assertThat(rubrics).allSatisfy(r -> {
            assertThat(r.tests()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(r.cites().section()).isNotBlank();
            assertThat(r.rules()).allSatisfy(rule -> assertThat(rule.why()).isNotBlank());
        });
    }

    @Test
    void aUserRubricWithABuiltInIdReplacesIt() throws Exception {
        // when
        List<Rubric> rubrics = RubricSet.load(LOADER, true, List.of(rubric("rc.yaml", "reality-check", "mine")));

        // then
        assertThat(rubrics).hasSize(11);
        assertThat(rubrics).filteredOn(r -> r.id().equals("reality-check")).singleElement()
                .satisfies(r -> assertThat(r.rules()).extracting(Rule::id).containsExactly("mine"));
    }

    @Test
    void aRuleIdUsedByTwoRubricsIsAConfigurationError() throws Exception {
        // given
        Path first = rubric("a.yaml", "house-a", "same-rule");
        Path second = rubric("b.yaml", "house-b", "same-rule");

        // when / then
        assertThatThrownBy(() -> RubricSet.load(LOADER, false, List.of(first, second)))
                .hasMessage(second + ":7: rule same-rule: duplicate rule id, also in " + first);
    }

    @Test
    void twoUserRubricsWithOneIdAreAConfigurationError() throws Exception {
        // given
        Path first = rubric("a.yaml", "house", "rule-a");
        Path second = rubric("b.yaml", "house", "rule-b");

        // when / then
        assertThatThrownBy(() -> RubricSet.load(LOADER, false, List.of(dir)))
                .hasMessage(second + ": rubric id 'house' is also used by " + first);
    }

    @Test
    void noRubricsAtAllIsAConfigurationError() {
        assertThatThrownBy(() -> RubricSet.load(LOADER, false, List.of()))
                .hasMessage("no rubrics: give --rubrics PATH or drop --no-default-rubrics");
    }
}
