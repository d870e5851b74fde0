package io.hypecheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the house style, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(java.nio.file.Path.of("target", "classes"));
    }

    @Test
    void thePluginApiDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.hypecheck.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.hypecheck.api..", "java..")
                .because("plugins compile against the api package alone")
                .check(classes);
    }

    @Test
    void onlyTheCliImportsPicocli() {
        noClasses().that().resideOutsideOfPackage("io.hypecheck.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void onlyTheYamlPackageImportsSnakeYaml() {
        noClasses().that().resideOutsideOfPackage("io.hypecheck.yaml..")
                .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..")
                .because("the rest reads hypecheck's own YamlNode tree")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.hypecheck.(*)..").should().beFreeOfCycles().check(classes);
    }
}
