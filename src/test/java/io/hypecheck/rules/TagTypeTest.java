package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.api.Evidence;
import io.hypecheck.api.InvalidRuleException;
import io.hypecheck.api.Outcome;
import io.hypecheck.api.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagTypeTest {

    private static Outcome tag(Object params, Map<String, ?> project) {
        return FakeParams.compile("tag", params).evaluate(FakeFacts.of(project));
    }

    @Test
    void firesOnATagWrittenWithOtherCaseSpacesUnderscoresOrAccents() {
        // when
        Outcome outcome = tag(List.of("zk_ai", "agentes-autônomos"),
                Map.of("name", "X", "tags", List.of("defi", " ZK  AI ", "Agentes Autonomos")));

        // then
        assertThat(outcome.truth()).isEqualTo(Truth.TRUE);
        assertThat(outcome.evidence()).extracting(Evidence::path).containsExactly("tags[1]", "tags[2]");
    }

    @Test
    void isFalseWhenTagsArePresentWithoutAMatch() {
        assertThat(tag("zk-ai", Map.of("name", "X", "tags", List.of("zk", "ai"))).truth()).isEqualTo(Truth.FALSE);
        assertThat(tag("zk-ai", Map.of("name", "X", "tags", List.of())).truth()).isEqualTo(Truth.FALSE);
    }

    @Test
    void isUnknownWithoutTags() {
        assertThat(tag("zk-ai", Map.of("name", "zk-ai")).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void rejectsABlankTag() {
        assertThatThrownBy(() -> FakeParams.compile("tag", " ")).isInstanceOf(InvalidRuleException.class)
                .hasMessage("tags must not be empty or blank");
    }
}
