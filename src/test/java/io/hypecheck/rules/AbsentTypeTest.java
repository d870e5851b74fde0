package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbsentTypeTest {

    private static Outcome absent(String field, Map<String, ?> project) {
        return FakeParams.compile("absent", field).evaluate(FakeFacts.of(project));
    }

    @Test
    void firesWhenTheFieldIsAbsentPointingAtTheDocument() {
        // when
        Outcome outcome = absent("audits", Map.of("name", "X"));

        // then: true, not unknown, since absence is what it asks about
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("audits");
            assertThat(e.text()).isEqualTo("absent");
            assertThat(e.location().line()).isEqualTo(1);
        });
    }

    @Test
    void isFalseWhenTheFieldIsPresent() {
        assertThat(absent("audits", Map.of("name", "X", "audits", List.of(Map.of("by", "Trail")))).truth())
                .isEqualTo(Truth.FALSE);
        assertThat(absent("team.public", Map.of("name", "X", "team", Map.of("public", false))).truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void withStatedItIsUnknownWhenTheFileIsMerelySilentAndFalseWhenTheFieldIsPresent() {
        // given stated: true; when the file says nothing of the field; then unknown, not true
        Object stated = Map.of("field", "audits", "stated", true);
        assertThat(FakeParams.compile("absent", stated).evaluate(FakeFacts.of(Map.of("name", "X"))).truth())
                .isEqualTo(Truth.UNKNOWN);
        assertThat(FakeParams.compile("absent", stated).evaluate(FakeFacts.of(Map.of("name", "X",
                "audits", List.of(Map.of("by", "Trail"))))).truth()).isEqualTo(Truth.FALSE);
    }
}
