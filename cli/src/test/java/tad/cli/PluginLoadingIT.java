package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins load strictly from the plugins directory, as built by Maven; the example plugin of the docs runs. */
class PluginLoadingIT {
    @TempDir
    Path data;

    private Map<String, String> env(Path pluginsDir, String enabled) {
        Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
        env.put("TAD_PLUGINS_DIR", pluginsDir.toString());
        env.put("TAD_PLUGINS_ENABLED", enabled);
        return env;
    }

    @Test
    void pluginsListsEveryBuiltPluginWithItsExtensionPoints() {
        Run run = Run.tad(env(TestPaths.pluginsDir(),
                "google-places,studio-website,instagram,style-inference,availability"), "plugins");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("google-places\\s+0\\.1\\.0-SNAPSHOT\\s+yes\\s+StudioSource")
                .containsPattern("studio-website\\s+\\S+\\s+yes\\s+ArtistSource")
                .containsPattern("instagram\\s+\\S+\\s+yes\\s+ProfileSource")
                .containsPattern("style-inference\\s+\\S+\\s+yes\\s+Enricher")
                .containsPattern("availability\\s+\\S+\\s+yes\\s+Enricher")
                .containsPattern("example-source\\s+\\S+\\s+no\\s+StudioSource");
    }

    @Test
    void theExamplePluginCrawlsStudiosFromItsCsv() throws Exception {
        Path csv = data.resolve("studios.csv");
        Files.writeString(csv, "id,name,lat,lng,website\nx1,Example Ink,53.80,-1.55,\nx2,Far Away Ink,51.5,-0.1,\n");
        Map<String, String> env = env(TestPaths.pluginsDir(), "example-source");
        env.put("TAD_PLUGIN_EXAMPLE_SOURCE_FILE", csv.toString());
        env.put("TAD_PROFILE_SOURCE", "none");
        Run crawl = Run.tad(env, "crawl", "--bbox", "-1.8,53.7,-1.29,53.95", "--label", "Leeds");
        assertThat(crawl.code()).as(crawl.err()).isZero();
        assertThat(crawl.out()).contains("studios found:        1");
    }

    @Test
    void anUnknownOrRepeatedIdIsAStartupError() {
        Run unknown = Run.tad(env(TestPaths.pluginsDir(), "google-places,gogle-places"), "plugins");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown plugin id 'gogle-places'; available: [").contains("example-source, google-places");
        Run twice = Run.tad(env(TestPaths.pluginsDir(), "instagram,instagram"), "plugins");
        assertThat(twice.err()).contains("plugin id 'instagram' is enabled twice");
    }

    @Test
    void twoJarsWithOneIdAreAStartupError(@TempDir Path plugins) throws Exception {
        Path jar = TestPaths.pluginsDir().resolve("example-source-0.1.0-SNAPSHOT.jar");
        Files.copy(jar, plugins.resolve("a.jar"));
        Files.copy(jar, plugins.resolve("b.jar"));
        Run run = Run.tad(env(plugins, "example-source"), "plugins");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("plugin id 'example-source' is provided by two files: a.jar and b.jar");
    }

    @Test
    void aPluginThatCannotStartIsAStartupErrorNamingIt(@TempDir Path plugins) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", "broken-source");
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Class", "tad.plugins.broken.DoesNotExist");
        try (OutputStream out = Files.newOutputStream(plugins.resolve("broken.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        Run run = Run.tad(env(plugins, "broken-source"), "plugins");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("tad: error: plugin 'broken-source' failed to ");
    }
}
