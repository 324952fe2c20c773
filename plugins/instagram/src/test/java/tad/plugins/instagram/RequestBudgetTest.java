package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static tad.plugins.instagram.WireMockInstagram.json;
import static tad.plugins.instagram.WireMockInstagram.profile;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import tad.plugin.PluginContext;

/** The plugin paces its requests with the budget from its config, on the context's clock. */
class RequestBudgetTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockInstagram.server();

    @Test
    void perMinuteBudgetPacesRequestsAcrossProfiles() throws Exception {
        wm.stubFor(profile("hx_dotwork").willReturn(json(200, SampleCityPayloads.payload("hx_dotwork", wm.baseUrl()))));
        TokenBucketTest.FakeTime time = new TokenBucketTest.FakeTime();
        InstagramProfileSource source = new InstagramProfileSource(time);
        PluginContext context = context(time, "60", "1");

        for (int i = 0; i < 5; i++) {
            source.fetchProfile("hx_dotwork", context);
        }

        assertThat(time.sleeps).hasSize(4).allMatch(d -> d.equals(Duration.ofSeconds(1)));
    }

    @Test
    void zeroMeansNoBudgetBeyondTheHostsInterval() throws Exception {
        wm.stubFor(profile("hx_dotwork").willReturn(json(200, SampleCityPayloads.payload("hx_dotwork", wm.baseUrl()))));
        TokenBucketTest.FakeTime time = new TokenBucketTest.FakeTime();
        InstagramProfileSource source = new InstagramProfileSource(time);

        for (int i = 0; i < 5; i++) {
            source.fetchProfile("hx_dotwork", context(time, "0", "1"));
        }

        assertThat(time.sleeps).isEmpty();
    }

    private static PluginContext context(TokenBucketTest.FakeTime time, String perMinute, String burst) {
        return new PluginContext(TestHttp.client(),
                new MapConfig(Map.of("base-url", URI.create(wm.baseUrl()).toString(), "per-minute", perMinute,
                        "burst", burst)),
                time, LoggerFactory.getLogger("tad.plugin.instagram.test"));
    }
}
