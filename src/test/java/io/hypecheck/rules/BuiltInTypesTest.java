package io.hypecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.api.RuleType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class BuiltInTypesTest {

    private static final String SERVICES = "/META-INF/services/" + RuleType.class.getName();

    private static List<String> listed() throws IOException {
        try (InputStream in = BuiltInTypesTest.class.getResourceAsStream(SERVICES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void servicesFileListsEveryBuiltInSortedAndEachLoads() throws IOException {
        // given
        List<String> listed = listed();

        // when
        List<RuleType> loaded = ServiceLoader.load(RuleType.class).stream().map(ServiceLoader.Provider::get).toList();

        // then
        assertThat(listed).isSorted().hasSize(15).allMatch(name -> name.startsWith("io.hypecheck.rules."));
        assertThat(loaded).extracting(t -> t.getClass().getName()).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(loaded).allMatch(t -> Modifier.isFinal(t.getClass().getModifiers()));
    }

    @Test
    void everyBuiltInHasAUniqueKebabCaseNameADescriptionAndAShorthandItAccepts() {
        // when
        List<RuleType> loaded = ServiceLoader.load(RuleType.class).stream().map(ServiceLoader.Provider::get).toList();

        // then
        assertThat(loaded).extracting(RuleType::name).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
        assertThat(loaded).allMatch(t -> !t.description().isBlank() && t.description().endsWith("."));
        assertThat(loaded).allMatch(t -> t.shorthand().map(t.parameters()::contains).orElse(true));
    }
}
