package tad.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of the layout, checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses TAD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tad");

    @Test
    void coreDependsOnNoFrameworkOfTheEntryPoints() {
        noClasses().that().resideInAPackage("tad.core..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.helidon..", "tad.cli..",
                        "tad.serve..", "tad.store..", "tad.media..", "tad.search..", "tad.metrics..")
                .check(TAD);
    }

    @Test
    void thePluginApiDependsOnNothingButPf4jAndSlf4j() {
        noClasses().that().resideInAPackage("tad.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("tad.core..", "tad.cli..", "tad.serve..",
                        "com.fasterxml..", "software.amazon..", "org.apache..")
                .check(TAD);
    }

    @Test
    void adaptersDoNotReachIntoEntryPoints() {
        noClasses().that().resideInAnyPackage("tad.store..", "tad.media..", "tad.samplecity..", "tad.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("tad.cli..", "tad.serve..", "picocli..")
                .check(TAD);
    }
}
