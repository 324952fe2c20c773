package tad.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Plugins compile against the plugin API only: checked on the plugin jars the build produced. */
class PluginArchitectureIT {

    @Test
    void pluginsDependOnThePluginApiOnlyNeverOnCoreOrEntryPoints() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(TestPaths.pluginsDir())) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).toList();
        }
        org.assertj.core.api.Assertions.assertThat(jars).hasSizeGreaterThanOrEqualTo(5);
        List<java.util.jar.JarFile> files = new java.util.ArrayList<>();
        for (Path jar : jars) {
            files.add(new java.util.jar.JarFile(jar.toFile()));
        }
        // only our own classes: the shaded libraries inside the jars are not ours to check
        JavaClasses plugins = new ClassFileImporter().withImportOption(location -> location.contains("/tad/"))
                .importJars(files);
        org.assertj.core.api.Assertions.assertThat(plugins.stream().filter(c -> c.getPackageName().startsWith("tad.")))
                .hasSizeGreaterThan(20);
        noClasses().that().resideInAnyPackage("tad..").and().resideOutsideOfPackage("tad.plugin")
                .should().dependOnClassesThat().resideInAnyPackage("tad.core..", "tad.cli..", "tad.serve..",
                        "tad.store..", "tad.media..", "tad.search..", "tad.samplecity..")
                .check(plugins);
    }
}
