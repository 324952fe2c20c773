package tad.plugins.instagramgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import tad.core.http.PoliteHttpClient;
import tad.plugin.Failure;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.RemoteImage;
import tad.samplecity.GraphServer;
import tad.samplecity.InstagramServer;
import tad.samplecity.Roster;

/**
 * Every roster artist through the plugin and the host's own client against the sample city's Graph look-alike:
 * professional accounts are read with their images, the others are NOT_PROFESSIONAL, one call each.
 */
class SampleCityGraphTest {

    @Test
    void professionalAccountsAreReadAndPersonalOnesAreNotProfessional() throws Exception {
        try (InstagramServer web = InstagramServer.start(); GraphServer graph = GraphServer.start(web);
             PoliteHttpClient http = GraphTests.http()) {
            PluginContext context = new PluginContext(http, tad.plugin.ConfigSection.of(
                    "instagram-graph", java.util.Map.of("url", graph.baseUri().toString(), "access-token",
                    GraphServer.ACCESS_TOKEN, "user-id", GraphServer.USER_ID, "per-hour", "0")),
                    Clock.systemUTC(), GraphTests.LOG);
            GraphProfileSource source = new GraphProfileSource();
            int professional = 0;
            for (Roster.Artist artist : Roster.load().artists()) {
                ProfileResult result = source.fetchProfile(artist.handle(), context);
                if (artist.accountType().professional()) {
                    professional++;
                    assertThat(result).as(artist.handle()).isInstanceOfSatisfying(ProfileResult.Found.class, f -> {
                        assertThat(f.profile().fullName()).contains(artist.name());
                        assertThat(f.profile().images()).isNotEmpty().hasSizeLessThanOrEqualTo(12)
                                .allMatch(i -> i.url().startsWith(web.baseUri() + "/cdn/"));
                    });
                } else {
                    assertThat(result).as(artist.handle()).isInstanceOfSatisfying(ProfileResult.Failed.class,
                            f -> assertThat(f.failure().reason()).isEqualTo(Failure.Reason.NOT_PROFESSIONAL));
                }
            }
            assertThat(graph.discoveryCalls()).as("one Graph call per artist").isEqualTo(Roster.load().artists().size());
            assertThat(professional).isGreaterThan(Roster.load().artists().size() * 3 / 4);
            var kaito = ((ProfileResult.Found) source.fetchProfile("serpent.kaito", context)).profile();
            assertThat(kaito.images()).hasSize(12);
            var nico = ((ProfileResult.Found) source.fetchProfile("newschool.nico", context)).profile();
            assertThat(nico.images()).as("the reel with a licensed song has no media_url").noneMatch(RemoteImage::videoCover);
            assertThat(web.requests()).as("the legacy web API is never called").isEmpty();
        }
    }
}
