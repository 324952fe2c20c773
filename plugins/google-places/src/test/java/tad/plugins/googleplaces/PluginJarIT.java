package tad.plugins.googleplaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import tad.core.geo.Gazetteer;
import tad.plugin.SearchArea;
import tad.plugin.StudioSource;
import tad.plugin.StudioSource.StudioDiscovery;
import tad.samplecity.PlacesServer;
import tad.samplecity.Roster;

/** The jar the build ships: its PF4J descriptor, its extension index, what it bundles, and that PF4J loads it. */
class PluginJarIT {
    private final Path jar = Path.of(System.getProperty("plugin.jar", "target/plugin.jar-not-set"));

    @Test
    void manifestDescribesThePluginAndTheIndexListsTheExtension() throws IOException {
        assertThat(jar).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Plugin-Id")).isEqualTo("google-places");
            assertThat(manifest.getMainAttributes().getValue("Plugin-Version")).isNotBlank();
            try (InputStream index = file.getInputStream(file.getEntry("META-INF/extensions.idx"))) {
                assertThat(new String(index.readAllBytes(), StandardCharsets.UTF_8).lines())
                        .contains(GooglePlacesSource.class.getName());
            }
            // Jackson travels with the plugin; the plugin API and PF4J come from the host
            assertThat(file.getEntry("com/fasterxml/jackson/databind/ObjectMapper.class")).isNotNull();
            assertThat(file.getEntry("tad/plugin/StudioSource.class")).isNull();
            assertThat(file.getEntry("org/pf4j/Plugin.class")).isNull();
        }
    }

    @Test
    void pf4jLoadsItAndItsStudioSourceWorksFromThePluginClassLoader(@TempDir Path plugins) throws Exception {
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        PluginManager manager = new DefaultPluginManager(plugins);
        try {
            manager.loadPlugins();
            manager.startPlugins();
            assertThat(manager.getPlugin("google-places").getPluginState()).isEqualTo(PluginState.STARTED);
            List<StudioSource> sources = manager.getExtensions(StudioSource.class, "google-places");
            assertThat(sources).singleElement()
                    .satisfies(s -> assertThat(s.getClass().getName()).isEqualTo(GooglePlacesSource.class.getName()));
            assertThat(sources.get(0).getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
            // the shaded Jackson must bind the plugin's records inside the plugin's class loader
            try (PlacesServer places = PlacesServer.start(Roster.load(), "k", key -> Optional.empty())) {
                SearchArea leeds = Gazetteer.bundled().find("Leeds").orElseThrow().toArea();
                StudioDiscovery found = sources.get(0).discover(leeds, PlacesContexts.context(places.baseUri(), "k"));
                assertThat(found.studios()).hasSize(85);
            }
        } finally {
            // unloadPlugins stops them first; PF4J 3.15's stopPlugins() trips over its own list with one plugin
            manager.unloadPlugins();
        }
    }
}
