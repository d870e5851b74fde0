package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresentTypeTest {

    private static Outcome present(String field, Map<String, ?> project) {
        return FakeParams.compile("present", field).evaluate(FakeFacts.of(project));
    }

    @Test
    void firesOnAScalarWithItsValueAsEvidence() {
        // when
        Outcome outcome = present("code.repo", Map.of("name", "X", "code", Map.of("repo", "https://git.example/x")));

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::path, Evidence::text)
                .containsExactly(tuple("code.repo", "https://git.example/x"));
    }

    @Test
    void firesOnAListOfObjectsWithPresentAtTheField() {
        // given
        FakeFacts facts = FakeFacts.of(Map.of("name", "X", "audits", List.of(Map.of("by", "Trail"))));

        // when
        Outcome outcome = FakeParams.compile("present", "audits").evaluate(facts);

        // then
        assertThat(outcome.evidence()).containsExactly(new Evidence("audits", "present", Location.at(facts.line("audits"), 1)));
    }

    @Test
    void isFalseNotUnknownWhenTheFieldIsAbsent() {
        assertThat(present("code.repo", Map.of("name", "X")).truth()).isEqualTo(Truth.FALSE);
        assertThat(present("code.repo", Map.of("name", "X", "code", Map.of("open_source", true))).truth())
                .isEqualTo(Truth.FALSE);
    }
}
