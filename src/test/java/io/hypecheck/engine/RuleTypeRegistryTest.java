package io.hypecheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hypecheck.diagnostic.ExitCode;
import io.hypecheck.diagnostic.HypecheckException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTypeRegistryTest {

    @TempDir
    Path dir;

    @Test
    void listsBuiltInsSortedByName() {
        // when
        RuleTypeRegistry registry = RuleTypeRegistry.builtIns();

        // then
        assertThat(registry.names()).contains("all", "any", "not", "phrase", "regex", "tag", "range", "present",
                "absent", "equals", "ratio", "count", "some");
        assertThat(List.copyOf(registry.names())).isSorted();
        assertThat(registry.all()).allMatch(t -> !t.isPlugin());
    }

    @Test
    void loadsAPluginOnlyWhenNamed() throws Exception {
        // given
        Path jar = PluginJars.build(dir, "months.jar", "MonthsSinceType");

        // when
        RuleTypeRegistry without = RuleTypeRegistry.builtIns();
        RuleTypeRegistry with = RuleTypeRegistry.load(List.of(jar));

        // then
        assertThat(without.find("months-since")).isEmpty();
        assertThat(with.find("months-since")).hasValueSatisfying(t -> assertThat(t.origin()).isEqualTo("months.jar"));
    }

    @Test
    void rejectsAPluginThatReusesABuiltInName() throws Exception {
        // given
        Path jar = PluginJars.build(dir, "shadow.jar", "ShadowTagType");

        // when / then
        assertThatThrownBy(() -> RuleTypeRegistry.load(List.of(jar)))
                .isInstanceOf(HypecheckException.class)
                .hasMessage("rule type 'tag' is defined twice: by built-in and by shadow.jar")
                .extracting(e -> ((HypecheckException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void rejectsTheSameTypeFromTwoJars() throws Exception {
        // given
        Path first = PluginJars.build(dir, "a.jar", "MonthsSinceType");
        Path second = PluginJars.build(dir, "b.jar", "MonthsSinceType");

        // when / then
        assertThatThrownBy(() -> RuleTypeRegistry.load(List.of(first, second)))
                .hasMessage("rule type 'months-since' is defined twice: by a.jar and by b.jar");
    }

    @Test
    void rejectsAFileThatIsNotAJar() throws Exception {
        // given
        Path notJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");

        // when / then
        assertThatThrownBy(() -> RuleTypeRegistry.load(List.of(notJar)))
                .hasMessageStartingWith("plugin " + notJar + " is not a readable jar");
    }

    @Test
    void rejectsAJarWithoutRuleTypes() throws Exception {
        // given
        Path empty = PluginJars.build(dir, "empty.jar");

        // when / then
        assertThatThrownBy(() -> RuleTypeRegistry.load(List.of(empty)))
                .hasMessageContaining("provides no rule type");
    }

    @Test
    void rejectsAMissingJar() {
        assertThatThrownBy(() -> RuleTypeRegistry.load(List.of(dir.resolve("nope.jar"))))
                .hasMessage("plugin not found: " + dir.resolve("nope.jar"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "throws| fails to declare itself: java.lang.IllegalStateException: no description\\nerror: forged",
        "null-description| declares no description",
        "null-parameters| declares no parameters (return an empty set for none)",
        "null-parameter| declares a null parameter name",
        "bad-shorthand| declares the shorthand 'elsewhere', which is not one of its parameters"})
    void aPluginThatDeclaresItselfBadlyIsABadPluginNamedWhenLoaded(String how, String message) throws Exception {
        // given
        Path jar = PluginJars.build(dir, "misdeclared-" + how + ".jar", "MisdeclaredType");
        System.setProperty("misdeclared", how);
        try {
            // when / then: a configuration error naming the class and the jar, on one line
            assertThatThrownBy(() -> RuleTypeRegistry.load(List.of(jar)))
                    .isInstanceOfSatisfying(HypecheckException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                    .hasMessage("rule type example.MisdeclaredType from misdeclared-" + how + ".jar " + message);
        } finally {
            System.clearProperty("misdeclared");
        }
    }

    @Test
    void aPluginsDescriptionIsKeptOnOneLine() throws Exception {
        // given
        Path jar = PluginJars.build(dir, "multi.jar", "MisdeclaredType");
        System.setProperty("misdeclared", "multi-line");
        try {
            // when
            RuleTypeRegistry registry = RuleTypeRegistry.load(List.of(jar));

            // then
            assertThat(registry.find("misdeclared").orElseThrow().type().description())
                    .isEqualTo("first line\\nerror: x.yaml:1:1: forged");
        } finally {
            System.clearProperty("misdeclared");
        }
    }
}
