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
        }
        assertThat(Files.size(JAR)).as("no host libraries shaded in").isLessThan(100_000);
    }
}
