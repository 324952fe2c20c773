package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The jar the host loads: plugin id in the manifest, the enricher in the extension index, the cues bundled. */
class PluginJarIT {

    private static final Path JAR = Path.of(System.getProperty("tad.plugin.jar", "missing: set tad.plugin.jar"));

    @Test
    void manifestNamesThePluginAndIndexListsTheEnricher() throws IOException {
        assertThat(JAR).as("shaded plugin jar").exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Plugin-Id")).isEqualTo("availability");
            try (InputStream index = jar.getInputStream(jar.getEntry("META-INF/extensions.idx"))) {
                assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                        .contains("tad.availability.AvailabilityEnricher");
            }
            assertThat(jar.getEntry("tad/availability/cues.txt")).as("cues bundled").isNotNull();
            // no host library shaded in: only the plugin's own package and the jar's metadata (this replaces a size
            // bound of 100 kB, which the plugin's own classes and data outgrew)
            assertThat(jar.stream().map(java.util.jar.JarEntry::getName))
                    .as("no host libraries shaded in")
                    .allMatch(name -> name.startsWith("META-INF/") || name.equals("tad/")
                            || name.startsWith("tad/availability/"));
        }
        assertThat(Files.size(JAR)).as("a plugin jar, not a bundle of libraries").isLessThan(400_000);
    }
}
