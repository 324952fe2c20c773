package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;
import tad.plugin.ArtistProfile;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.ProfileSource;
import tad.plugin.RemoteImage;
import tad.samplecity.InstagramServer;

/** The example in plugins/instagram/README.md, run: the README shows this code and exactly these lines. */
class ReadmeExampleTest {

    @Test
    void theReadmeExamplePrintsWhatTheReadmeShows() throws Exception {
        List<String> out = new ArrayList<>();
        HttpSettings settings = new HttpSettings("tad-example/0.1 (+https://tad.example/bot)", Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 8L * 1024 * 1024, 2, 2, Duration.ofMillis(50),
                Duration.ofSeconds(5), 50, Duration.ofSeconds(30));
        // README example starts
        try (InstagramServer instagram = InstagramServer.start(); PoliteHttpClient http = new PoliteHttpClient(settings)) {
            PluginContext context = new PluginContext(http,
                    MapConfig.of("base-url", instagram.baseUri().toString(), "per-minute", "30"),
                    Clock.systemUTC(), LoggerFactory.getLogger("example"));
            ProfileSource source = new InstagramProfileSource();
            for (String handle : List.of("orrin.gale.ink", "hx_dotwork", "coppercrane.liv", "lucan.tradworks",
                    "nyx.geometry", "trash.polka.pip", "kirkstall.dotty")) {
                out.add(handle + " -> " + describe(source.fetchProfile(handle, context)));
            }
        }
        // README example ends
        out.forEach(System.out::println);
        assertThat(out).containsExactly(
                "orrin.gale.ink -> found 0 images, 0 of them video covers; bio starts \"" + bio("orrin.gale.ink") + "\"",
                "hx_dotwork -> SOURCE_REFUSED: " + REFUSED,
                "coppercrane.liv -> SOURCE_REFUSED: " + REFUSED,
                "lucan.tradworks -> PRIVATE: the profile is private",
                "nyx.geometry -> NOT_FOUND: data.user is null: no such profile",
                "trash.polka.pip -> LOGIN_WALL: HTTP 302 redirect to the login page",
                "kirkstall.dotty -> THROTTLED: HTTP 401 require_login \"Please wait a few minutes\": Instagram's limit "
                        + "for logged-out clients");
    }

    private static final String REFUSED = "HTTP 400 \"asset://laser.provider/ig_business_category_subvertical has "
            + "been deleted\": the logged-out web API refuses business and creator accounts since July 2026";

    private static String bio(String handle) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(SampleCityPayloads.payload(handle, ""))
                .at("/data/user/biography").asText().lines().findFirst().orElse("");
    }

    static String describe(ProfileResult result) {
        return switch (result) {
            case ProfileResult.Found found -> {
                ArtistProfile p = found.profile();
                long covers = p.images().stream().filter(RemoteImage::videoCover).count();
                yield "found " + p.images().size() + " images, " + covers + " of them video covers; bio starts \""
                        + p.biography().lines().findFirst().orElse("") + "\"";
            }
            case ProfileResult.Failed failed -> failed.failure().reason() + ": " + failed.failure().detail();
        };
    }
}
