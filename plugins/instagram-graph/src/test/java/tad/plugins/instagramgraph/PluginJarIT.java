package tad.plugins.instagramgraph;

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
import tad.samplecity.GraphServer;
import tad.samplecity.InstagramServer;

/** The jar the build wrote: its PF4J descriptor, its extension index, its relocated Jackson, and that it loads. */
class PluginJarIT {
    private static final Path JAR = Path.of(System.getProperty("plugin.jar", "plugin.jar property not set"));

    @Test
    void manifestDescribesThePluginAndTheIndexListsTheExtension() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Plugin-Id")).isEqualTo("instagram-graph");
            assertThat(manifest.getValue("Plugin-Version")).isNotBlank();
            String index = new String(jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(index.lines()).contains(GraphProfileSource.class.getName());
            List<String> entries = jar.stream().map(e -> e.getName()).toList();
            assertThat(entries).anyMatch(n -> n.startsWith("tad/plugins/instagramgraph/shaded/jackson/databind/"))
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
        try (InstagramServer web = InstagramServer.start(); GraphServer server = GraphServer.start(web)) {
            assertThat(manager.getPlugin("instagram-graph").getPluginState()).isEqualTo(PluginState.STARTED);
            List<ProfileSource> sources = manager.getExtensions(ProfileSource.class, "instagram-graph");
            assertThat(sources).hasSize(1);
            PluginContext context = new PluginContext(GraphTests.http(), tad.plugin.ConfigSection.of(
                    "instagram-graph", java.util.Map.of("url", server.baseUri().toString(), "access-token",
                    GraphServer.ACCESS_TOKEN, "user-id", GraphServer.USER_ID, "per-hour", "0")),
                    java.time.Clock.systemUTC(), LoggerFactory.getLogger("tad.plugin.instagram-graph.it"));

            ProfileResult result = sources.get(0).fetchProfile("mara.inkwell", context);

            assertThat(result).isInstanceOf(ProfileResult.Found.class);
            assertThat(sources.get(0).getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
        } finally {
            // one plugin by id: PF4J 3.15's stopPlugins() trips over its own list while stopping
            manager.unloadPlugin("instagram-graph");
        }
    }
}
