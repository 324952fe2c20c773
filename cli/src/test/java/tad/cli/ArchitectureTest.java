package tad.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import tad.core.denylist.DenylistSecrets;
import tad.core.http.PoliteHttpClient;
import tad.core.plugins.PluginHost;
import tad.core.search.SearchIndex;
import tad.core.search.SearchWithdrawal;
import tad.core.search.SearchWriter;
import tad.core.sync.IndexUpdater;

/** The dependency direction of the layout, checked on the compiled classes. */
class ArchitectureTest {
    static final String[] ADAPTERS = {"tad.store..", "tad.search..", "tad.media..", "tad.queue..", "tad.metrics.."};
    private static final JavaClasses TAD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tad");

    @Test
    void coreDependsOnNoFrameworkOfTheEntryPoints() {
        noClasses().that().resideInAPackage("tad.core..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.helidon..", "tad.cli..",
                        "tad.serve..", "tad.store..", "tad.media..", "tad.search..", "tad.metrics..",
                        "tad.bootstrap..")
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
                .should().dependOnClassesThat().resideInAnyPackage("tad.cli..", "tad.serve..", "tad.bootstrap..",
                        "picocli..")
                .check(TAD);
    }

    /** Entry points ask the bootstrap for what they need; they neither open nor even name an adapter. */
    @Test
    void onlyTheBootstrapOpensAdapters() {
        noClasses().that().resideInAnyPackage("tad.cli..", "tad.serve..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(TAD);
        noClasses().that().resideOutsideOfPackages("tad.bootstrap..", "tad.core.plugins..", "tad.core.http..",
                        "tad.core.denylist..")
                .should().callMethodWhere(target(owner(is(PluginHost.class))).and(target(name("start"))))
                .orShould().callConstructorWhere(target(owner(is(PoliteHttpClient.class))))
                .orShould().callMethodWhere(target(owner(is(DenylistSecrets.class))))
                .check(TAD);
    }

    /**
     * The search index has one writer (the local data server's follower, the sync Lambda, a rebuild): serve and the
     * CLI only read it ({@code SearchReader}), and what they change in it goes through governance or the data server.
     */
    @Test
    void servingAndTheCliOnlyReadTheSearchIndex() {
        noClasses().that().resideInAnyPackage("tad.cli..", "tad.serve..")
                .should().dependOnClassesThat().belongToAnyOf(SearchWriter.class, SearchIndex.class,
                        SearchWithdrawal.class, IndexUpdater.class)
                .check(TAD);
    }

    /** Governance takes artists out of search through a withdrawal, which the index's writer carries out. */
    @Test
    void governanceNeverWritesTheSearchIndexItself() {
        noClasses().that().resideInAPackage("tad.core.governance..")
                .should().dependOnClassesThat().belongToAnyOf(SearchWriter.class, SearchIndex.class)
                .check(TAD);
    }

    private static DescribedPredicate<JavaClass> is(Class<?> type) {
        return DescribedPredicate.describe(type.getSimpleName(), c -> c.isEquivalentTo(type));
    }
}
