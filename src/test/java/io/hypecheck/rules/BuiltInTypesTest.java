package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.RuleType;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BuiltInTypesTest {

    @Test
    void everyServiceEntryLoadsWithAUniqueKebabCaseNameAndADescription() {
        // when
        List<RuleType> types = ServiceLoader.load(RuleType.class).stream().map(ServiceLoader.Provider::get).toList();

        // then
        assertThat(types).hasSize(13);
        assertThat(types).extracting(RuleType::name).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z]+(-[a-z]+)*"));
        assertThat(types).allMatch(t -> !t.description().isBlank() && !t.parameters().isEmpty());
        assertThat(types).allMatch(t -> t.shorthand().map(s -> t.parameters().contains(s)).orElse(true));
    }
}
