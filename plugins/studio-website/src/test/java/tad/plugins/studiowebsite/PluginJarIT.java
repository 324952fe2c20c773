package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSource;
import tad.plugin.ArtistSourceResult;
import tad.plugin.StudioRef;
import tad.samplecity.SiteServer;

/**
 * Loads the built plugin jar with PF4J, as the host does, and crawls a sample site through the extension it
 * finds: proves the descriptor, the extension index and the shaded dependencies (crawler4j, Berkeley DB JE)
 * work inside a plugin class loader.
 */
class PluginJarIT {

    @Test
    void loadsFromItsJarAndCrawlsASite(@TempDir Path pluginsDir) throws Exception {
        Path jar = Path.of(System.getProperty("tad.plugin.jar", "target/plugins/missing.jar"));
        assertThat(jar).as("plugin jar built by the package phase").exists();
        Files.copy(jar, pluginsDir.resolve(jar.getFileName()));
        PluginManager plugins = new DefaultPluginManager(pluginsDir);
        try {
            plugins.loadPlugins();
            plugins.startPlugins();
            assertThat(plugins.getPlugin("studio-website")).isNotNull();
            List<ArtistSource> sources = plugins.getExtensions(ArtistSource.class, "studio-website");
            assertThat(sources).hasSize(1);
            try (SiteServer site = SiteServer.start("inkwell-leeds")) {
                ArtistSourceResult result = sources.get(0).findArtists(new StudioRef("inkwell-leeds",
                        "Inkwell & Anchor Tattoo", Optional.of(site.baseUri() + "/"), "Leeds"), TestContexts.fast());
                assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle)
                        .containsExactlyInAnyOrder("mara.inkwell", "tobias.linework", "ruby_sable_tattoo");
            }
        } finally {
            // unloadPlugins() stops them first; PF4J 3.15's stopPlugins() threw ConcurrentModificationException here
            plugins.unloadPlugins();
        }
    }
}
