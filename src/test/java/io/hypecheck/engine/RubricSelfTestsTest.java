package io.hypecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.rubric.Rubric;
import io.hypecheck.rubric.RubricLoader;
import io.hypecheck.rubric.RubricSet;
import io.hypecheck.rubric.SelfTest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every test case the built-in rubrics carry, run as its own JUnit test (named by rubric, the
 * rules it names and the case), as PMD runs its rule test files: a rubric whose case fails
 * breaks {@code mvn verify}, not only {@code hypecheck rubrics test}.
 */
class RubricSelfTestsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TestFactory
    Stream<DynamicNode> everyBuiltInRubricCasePasses() {
        List<Rubric> rubrics = RubricSet.load(new RubricLoader(new Compiler(RuleTypeRegistry.load(List.of()))),
                true, List.of());
        return rubrics.stream().map(rubric -> DynamicContainer.dynamicContainer(rubric.id(),
                rubric.tests().stream().map(test -> DynamicTest.dynamicTest(name(test), () -> {
                    // given the case, when it is evaluated as scoring would
                    SelfTestResult result = SelfTests.run(rubric, test, TODAY);

                    // then
                    assertThat(result.failures()).as("%s:%d %s", rubric.file(), test.line(), test.name()).isEmpty();
                }))));
    }

    private static String name(SelfTest test) {
        List<String> rules = Stream.concat(test.fires().stream(), test.doesNotFire().stream()).distinct().toList();
        return (rules.isEmpty() ? "match" : String.join(",", rules)) + ": " + test.name();
    }
}
