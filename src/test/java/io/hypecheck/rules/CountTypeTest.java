package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.Location;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountTypeTest {

    private static Outcome count(Map<String, ?> params, Map<String, ?> project) {
        return FakeParams.compile("count", params).evaluate(FakeFacts.of(project));
    }

    @Test
    void countsTheObjectsOfAListWithTheCountAsEvidence() {
        // given
        FakeFacts facts = FakeFacts.of(Map.of("name", "X", "audits", List.of(Map.of("by", "A"), Map.of("by", "B"))));

        // when
        Outcome outcome = FakeParams.compile("count", Map.of("field", "audits", "min", 2)).evaluate(facts);

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).containsExactly(new Evidence("audits", "2 items", Location.at(facts.line("audits"), 1)));
    }

    @Test
    void countsTheValuesOfAListOfScalars() {
        Map<String, ?> project = Map.of("name", "X", "funding", Map.of("mechanisms", List.of("airdrop", "points")));

        assertThat(count(Map.of("field", "funding.mechanisms", "max", 2), project).truth()).isEqualTo(Truth.TRUE);
        assertThat(count(Map.of("field", "funding.mechanisms", "min", 3), project).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void countsAnEmptyListAsZero() {
        assertThat(count(Map.of("field", "claims", "max", 0), Map.of("name", "X", "claims", List.of())).truth())
                .isEqualTo(Truth.TRUE);
        assertThat(count(Map.of("field", "audits", "min", 1), Map.of("name", "X", "audits", List.of())).truth())
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWhenTheListIsAbsent() {
        assertThat(count(Map.of("field", "audits", "max", 0), Map.of("name", "X")).truth()).isEqualTo(Truth.UNKNOWN);
    }
}
