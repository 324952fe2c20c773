package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistProfile;
import tad.plugin.Failure.Reason;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.RemoteImage;
import tad.samplecity.Fixture;
import tad.samplecity.InstagramServer;
import tad.samplecity.Roster;

/**
 * The plugin against the sample city's 2026 Instagram over real HTTP: every roster artist ends as the logged-out web
 * API lets it (business and creator accounts refused, personal ones without posts, the roster's walls and limits).
 */
class SampleCityInstagramTest {

    private static InstagramServer server;
    private static PluginContext context;
    private static final RecordingLogger LOG = new RecordingLogger();

    @BeforeAll
    static void start() {
        server = InstagramServer.start();
        PluginContext base = TestContexts.against(server.baseUri());
        context = new PluginContext(base.http(), base.config(), base.clock(), LOG);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRosterArtistEndsTheWayTheRosterSays() throws Exception {
        InstagramProfileSource source = new InstagramProfileSource();
        for (Roster.Artist artist : Roster.load().artists()) {
            ProfileResult result = source.fetchProfile(artist.handle(), context);
            Optional<Reason> expected = Expected2026.failure(artist);
            if (expected.isEmpty()) {
                assertFoundWithoutPosts(artist, result);
            } else {
                assertThat(InstagramFailureClassificationTest.failure(result).reason()).as(artist.handle())
                        .isEqualTo(expected.get());
            }
        }
        assertThat(server.profileRequestCount("coppercrane.liv")).as("429 then a retry").isEqualTo(2);
        assertThat(LOG.lines).hasSizeGreaterThanOrEqualTo(Roster.load().artists().size());
        for (Roster.Artist artist : Roster.load().artists()) {
            assertThat(LOG.lines).as("handles stay out of log lines")
                    .noneMatch(line -> line.contains(artist.handle()) || line.contains(artist.name()));
        }
    }

    @Test
    void theHostileProfileIsFetchedWithItsTextUntouched() throws Exception {
        ProfileResult result = new InstagramProfileSource().fetchProfile(InstagramServer.HOSTILE_HANDLE, context);
        assertThat(((ProfileResult.Found) result).profile().biography()).contains("<script>");
    }

    @Test
    void everyProfileRequestCarriedTheWebAppHeadersAndNoCookie() throws Exception {
        new InstagramProfileSource().fetchProfile("mara.inkwell", context);
        Map<String, Long> profileRequests = server.requests().stream()
                .filter(r -> r.pathAndQuery().startsWith(InstagramServer.PROFILE_PATH))
                .collect(Collectors.groupingBy(r -> r.headers().getOrDefault("x-ig-app-id", "none"),
                        Collectors.counting()));
        assertThat(profileRequests).containsOnlyKeys("936619743392459");
        assertThat(server.requests()).extracting(Fixture.RecordedRequest::headers)
                .noneMatch(h -> h.containsKey("cookie"));
    }

    /** Logged out in 2026, a public personal account shows its bio and picture but not its posts. */
    private static void assertFoundWithoutPosts(Roster.Artist artist, ProfileResult result) {
        assertThat(result).as(artist.handle()).isInstanceOf(ProfileResult.Found.class);
        ArtistProfile profile = ((ProfileResult.Found) result).profile();
        assertThat(profile.fullName()).as(artist.handle()).contains(artist.name());
        assertThat(profile.biography()).as(artist.handle()).isNotBlank();
        assertThat(profile.images()).as(artist.handle()).isEmpty();
        assertThat(profile.profilePictureUrl()).as(artist.handle()).get().asString()
                .startsWith(server.baseUri() + "/cdn/").contains("&oe=");
    }
}
