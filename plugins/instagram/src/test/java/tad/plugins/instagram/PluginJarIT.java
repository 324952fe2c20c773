package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.slf4j.LoggerFactory;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.ProfileSource;
import tad.samplecity.InstagramServer;

/** The jar the build wrote: its PF4J descriptor, its extension index, its relocated Jackson, and that it loads. */
class PluginJarIT {
    private static final Path JAR = Path.of(System.getProperty("plugin.jar", "plugin.jar property not set"));

    @Test
    void manifestDescribesThePluginAndTheIndexListsTheExtension() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Plugin-Id")).isEqualTo("instagram");
            assertThat(manifest.getValue("Plugin-Version")).isNotBlank();
            String index = new String(jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(index.lines()).contains(InstagramProfileSource.class.getName());
            List<String> entries = jar.stream().map(e -> e.getName()).toList();
            assertThat(entries).anyMatch(n -> n.startsWith("tad/plugins/instagram/shaded/jackson/databind/"))
                    .noneMatch(n -> n.startsWith("com/fasterxml/"))
                    .noneMatch(n -> n.startsWith("tad/plugin/") || n.startsWith("org/pf4j/"));
        }
    }

    @Test
    void pf4jLoadsTheJarAndItsExtensionFetchesAProfile(@TempDir Path plugins) throws Exception {
        Files.copy(JAR, plugins.resolve(JAR.getFileName()));
        PluginManager manager = new DefaultPluginManager(plugins);
        manager.loadPlugins();
        manager.startPlugins();
        try (InstagramServer server = InstagramServer.start()) {
            assertThat(manager.getPlugin("instagram").getPluginState()).isEqualTo(PluginState.STARTED);
            List<ProfileSource> sources = manager.getExtensions(ProfileSource.class, "instagram");
            assertThat(sources).hasSize(1);
            PluginContext context = new PluginContext(TestHttp.client(),
                    MapConfig.of("base-url", server.baseUri().toString(), "per-minute", "0"),
                    java.time.Clock.systemUTC(), LoggerFactory.getLogger("tad.plugin.instagram.it"));

            ProfileResult result = sources.get(0).fetchProfile("orrin.gale.ink", context);

            assertThat(result).isInstanceOf(ProfileResult.Found.class);
            assertThat(sources.get(0).getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
        } finally {
            // one plugin by id: PF4J 3.15's stopPlugins() trips over its own list while stopping
            manager.unloadPlugin("instagram");
        }
    }
}
