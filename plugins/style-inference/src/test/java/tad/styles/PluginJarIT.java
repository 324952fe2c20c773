package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The jar the host actually loads (shaded into target/plugins/ at the top of the tree): PF4J reads the plugin id
 * from its manifest and the extension list from META-INF/extensions.idx. Runs after {@code package} (failsafe).
 */
class PluginJarIT {

    private static final Path JAR = Path.of(System.getProperty("tad.plugin.jar", "missing: set tad.plugin.jar"));

    @Test
    void manifestNamesThePluginAndIndexListsTheEnricher() throws IOException {
        assertThat(JAR).as("shaded plugin jar").exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Plugin-Id")).isEqualTo("style-inference");
            assertThat(manifest.getValue("Plugin-Version")).isNotBlank();
            try (InputStream index = jar.getInputStream(jar.getEntry("META-INF/extensions.idx"))) {
                assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                        .contains("tad.styles.StyleInferenceEnricher");
            }
            assertThat(jar.getEntry("tad/styles/aliases.txt")).as("data files bundled").isNotNull();
        }
        assertThat(Files.size(JAR)).as("no host libraries shaded in").isLessThan(200_000);
    }
}
