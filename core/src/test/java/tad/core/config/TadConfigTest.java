package tad.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TadConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreTheDocumentedOnes() {
        TadConfig c = TadConfig.parse(RawConfig.load(Optional.empty(), Map.of(), Map.of()));
        assertThat(c.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(c.pluginSection("google-places").string("base-url")).contains("https://places.googleapis.com");
        assertThat(c.pluginSection("instagram").string("base-url")).contains("https://www.instagram.com");
        assertThat(c.http().hostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.store().embedded()).isTrue();
        assertThat(c.store().table()).isEqualTo("TattooDirectory");
        assertThat(c.pluginSection("google-places").string("api-key")).isEmpty();
        assertThat(c.serve().port()).isEqualTo(8080);
        assertThat(c.serve().headerTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.queue().url()).isEmpty();
        assertThat(c.denylistSecret()).isEmpty();
        assertThat(c.media().local()).isTrue();
    }

    @Test
    void fileOverridesDefaultsEnvironmentOverridesFileFlagsOverrideEverything() throws Exception {
        Path file = dir.resolve("tad.properties");
        Files.writeString(file, "host.delay.ms=200\ndata.dir=/from/file\nplaces.url=http://file.example\n");
        RawConfig raw = RawConfig.load(Optional.of(file),
                Map.of("TAD_HOST_DELAY_MS", "300", "TAD_PLACES_URL", "http://127.0.0.1:8080", "AWS_REGION", "eu-west-1",
                        "TAD_DYNAMODB_ENDPOINT", "http://127.0.0.1:8000"),
                Map.of("host.delay.ms", "400"));
        TadConfig c = TadConfig.parse(raw);
        assertThat(c.dataDir()).isEqualTo(Path.of("/from/file"));
        assertThat(c.pluginSection("google-places").string("base-url")).contains("http://127.0.0.1:8080");
        assertThat(c.http().hostDelay()).isEqualTo(Duration.ofMillis(400));
        assertThat(raw.entry("host.delay.ms").orElseThrow().origin()).isEqualTo(Origin.FLAG);
        assertThat(raw.entry("data.dir").orElseThrow().origin()).isEqualTo(Origin.FILE);
        assertThat(c.store().region()).isEqualTo("eu-west-1");
        assertThat(c.store().endpoint()).map(Object::toString).contains("http://127.0.0.1:8000");
    }

    @Test
    void operatorVariablesFeedPluginSectionsAndSecretsNeverPrint() {
        TadConfig c = TadConfig.parse(RawConfig.load(Optional.empty(), Map.of(
                "TAD_GOOGLE_API_KEY", "AIzaSecret", "TAD_PLACES_URL", "http://127.0.0.1:9",
                "TAD_PLUGIN_STUDIO_WEBSITE_PAGE_BUDGET", "12",
                "TAD_PLUGINS_ENABLED", "google-places,my-source", "TAD_PLUGIN_MY_SOURCE_FILE", "/tmp/x.csv"), Map.of()));
        var places = c.pluginSection("google-places");
        assertThat(places.string("api-key")).contains("AIzaSecret");
        assertThat(places.string("base-url")).contains("http://127.0.0.1:9");
        assertThat(c.pluginSection("studio-website").string("data-dir")).contains("./data");
        assertThat(places.toString()).doesNotContain("AIzaSecret");
        assertThat(c.pluginSection("studio-website").integer("page-budget", 30)).isEqualTo(12);
        assertThat(c.pluginSection("my-source").string("file")).contains("/tmp/x.csv");
    }

    @Test
    void settingsWithoutADefaultAreStillReadFromTheEnvironment() {
        TadConfig c = TadConfig.parse(RawConfig.load(Optional.empty(), Map.of(
                "TAD_OPENSEARCH_URL", "http://127.0.0.1:9200", "TAD_MEDIA_BUCKET", "tad-media",
                "TAD_MEDIA_S3_ENDPOINT", "http://127.0.0.1:9090", "TAD_QUEUE_URL", "http://127.0.0.1:9324/000/jobs",
                "TAD_ADMIN_TOKEN", "t0ken-t0ken"), Map.of()));
        assertThat(c.search().opensearchUrl()).map(Object::toString).contains("http://127.0.0.1:9200");
        assertThat(c.media().bucket()).contains("tad-media");
        assertThat(c.media().endpoint()).map(Object::toString).contains("http://127.0.0.1:9090");
        assertThat(c.queue().url()).map(Object::toString).contains("http://127.0.0.1:9324/000/jobs");
        assertThat(c.adminToken()).isPresent();
    }

    @Test
    void malformedValuesNameTheKeyAndTheRule() {
        assertThatThrownBy(() -> TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_HOST_DELAY_MS", "-5"), Map.of()))).hasMessage("host.delay.ms must not be negative, got -5");
        assertThatThrownBy(() -> TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_OPENSEARCH_URL", "ftp://x"), Map.of()))).hasMessageContaining("opensearch.url (TAD_OPENSEARCH_URL) must be an http(s) URL");
        assertThatThrownBy(() -> TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_SERVE_CSP_GOOGLE_MAPS", "maybe"), Map.of())))
                .hasMessage("serve.csp.google-maps must be true or false, got 'maybe'");
        assertThatThrownBy(() -> TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_HTTP_CONCURRENCY", "0"), Map.of()))).hasMessageContaining("http.concurrency must be between 1");
        assertThatThrownBy(() -> TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_SERVE_HEADER_TIMEOUT_MS", "0"), Map.of())))
                .hasMessage("serve.header.timeout.ms must be between 100 and 600000 ms, got 0");
        assertThat(TadConfig.parse(RawConfig.load(Optional.empty(), Map.of("TAD_SERVE_HEADER_TIMEOUT_MS", "5000"),
                Map.of())).serve().headerTimeout()).isEqualTo(Duration.ofSeconds(5));
        var section = TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_PLUGIN_STUDIO_WEBSITE_PAGE_BUDGET", "lots"), Map.of())).pluginSection("studio-website");
        assertThatThrownBy(() -> section.integer("page-budget", 30))
                .hasMessage("plugin.studio-website.page-budget must be a whole number, got 'lots'");
    }

    @Test
    void theGraphSourceIsTheDefaultAndItsTokenComesFromItsOwnVariableMasked() {
        RawConfig raw = RawConfig.load(Optional.empty(), Map.of(
                "TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN", "EAAsecret", "TAD_PLUGIN_INSTAGRAM_GRAPH_USER_ID", "1784"),
                Map.of());
        TadConfig c = TadConfig.parse(raw);
        assertThat(c.crawl().profileSource()).isEqualTo("instagram-graph");
        // the longer plugin id wins: these are instagram-graph's keys, not instagram's "graph-access-token"
        assertThat(c.pluginSection("instagram-graph").string("access-token")).contains("EAAsecret");
        assertThat(c.pluginSection("instagram-graph").string("user-id")).contains("1784");
        assertThat(c.pluginSection("instagram").string("graph-access-token")).isEmpty();
        assertThat(RawConfig.isSecret("plugin.instagram-graph.access-token")).isTrue();
        assertThat(TadConfig.parse(RawConfig.load(Optional.empty(), Map.of("TAD_PROFILE_SOURCE", "none"), Map.of()))
                .crawl().profileSource()).isEqualTo("none");
        assertThatThrownBy(() -> TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_PROFILE_SOURCE", "Instagram Graph"), Map.of())))
                .hasMessageContaining("profile.source");
    }

    @Test
    void aPluginKeySetDirectlyWinsOverTheOperatorVariableItsDefaultRefersTo() throws Exception {
        Path file = dir.resolve("tad.properties");
        Files.writeString(file, "plugin.instagram.base-url=http://from-file.example\n");
        TadConfig both = TadConfig.parse(RawConfig.load(Optional.of(file),
                Map.of("TAD_INSTAGRAM_URL", "http://127.0.0.1:7"), Map.of()));
        assertThat(both.pluginSection("instagram").string("base-url")).contains("http://from-file.example");
        TadConfig referenced = TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_INSTAGRAM_URL", "http://127.0.0.1:7"), Map.of()));
        assertThat(referenced.pluginSection("instagram").string("base-url")).contains("http://127.0.0.1:7");
        assertThat(RawConfig.keysWithoutDefault()).contains("google.api.key", "queue.url");
    }

    @Test
    void aMissingConfigFileIsAClearError() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> RawConfig.load(Optional.of(missing), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessage("config file " + missing + " does not exist");
    }

    @Test
    void aDirectoryOrAnUnreadableConfigFileIsNamedAsSuch() throws Exception {
        assertThatThrownBy(() -> RawConfig.load(Optional.of(dir), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessage("config file " + dir + " is a directory, not a properties file");
        Path latin1 = dir.resolve("latin1.properties");
        Files.write(latin1, new byte[] {'a', '=', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> RawConfig.load(Optional.of(latin1), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessage("config file " + latin1 + " is not UTF-8 text");
        Path badEscape = dir.resolve("escape.properties");
        Files.writeString(badEscape, "a=\\u12G4\n");
        assertThatThrownBy(() -> RawConfig.load(Optional.of(badEscape), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("malformed \\uXXXX escape");
    }
}
