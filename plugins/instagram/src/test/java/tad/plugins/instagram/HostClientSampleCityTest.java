package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;
import tad.plugin.Failure.Reason;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.samplecity.InstagramServer;
import tad.samplecity.Roster;

/**
 * The plugin with the host's own PoliteHttpClient (retries honouring Retry-After, no redirects for API calls)
 * against the sample city: the combination a real crawl runs.
 */
class HostClientSampleCityTest {

    @Test
    void everyRosterArtistEndsAsTheWebApiLetsItIn2026ThroughTheHostsClient() throws Exception {
        HttpSettings settings = new HttpSettings("tad-test/0.1 (+https://tad.example/bot)", Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 8L * 1024 * 1024, 2, 2, Duration.ofMillis(50),
                Duration.ofSeconds(5), 50, Duration.ofSeconds(30));
        try (InstagramServer server = InstagramServer.start(); PoliteHttpClient http = new PoliteHttpClient(settings)) {
            PluginContext context = new PluginContext(http,
                    MapConfig.of("base-url", server.baseUri().toString(), "per-minute", "0"), Clock.systemUTC(),
                    LoggerFactory.getLogger("tad.plugin.instagram.test"));
            InstagramProfileSource source = new InstagramProfileSource();
            for (Roster.Artist artist : Roster.load().artists()) {
                ProfileResult result = source.fetchProfile(artist.handle(), context);
                java.util.Optional<Reason> expected = Expected2026.failure(artist);
                if (expected.isEmpty()) {
                    assertThat(result).as(artist.handle()).isInstanceOf(ProfileResult.Found.class);
                } else {
                    assertThat(InstagramFailureClassificationTest.failure(result).reason()).as(artist.handle())
                            .isEqualTo(expected.get());
                }
            }
            assertThat(server.profileRequestCount("coppercrane.liv")).isEqualTo(2);
            assertThat(server.requests()).allSatisfy(r ->
                    assertThat(r.headers().get("user-agent")).startsWith("tad-test/0.1"));
        }
    }
}
