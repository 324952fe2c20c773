package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

/** The plugin against the sample city's Instagram over real HTTP: every roster artist ends as the roster says. */
class SampleCityInstagramTest {
    private static final Map<String, Reason> FAILURE_BY_STATUS = Map.of(
            "private", Reason.PRIVATE, "notfound", Reason.NOT_FOUND, "loginwall", Reason.LOGIN_WALL);

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
            switch (artist.instagram()) {
                case "ok", "throttled-once" -> assertFound(artist, result);
                default -> assertThat(InstagramFailureClassificationTest.failure(result).reason())
                        .as(artist.handle()).isEqualTo(FAILURE_BY_STATUS.get(artist.instagram()));
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
    void theArtistWithMoreThanTwelvePostsIsCappedAtTwelveImages() throws Exception {
        ProfileResult result = new InstagramProfileSource().fetchProfile("serpent.kaito", context);
        assertThat(((ProfileResult.Found) result).profile().images()).hasSize(12);
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

    private static void assertFound(Roster.Artist artist, ProfileResult result) {
        assertThat(result).as(artist.handle()).isInstanceOf(ProfileResult.Found.class);
        ArtistProfile profile = ((ProfileResult.Found) result).profile();
        assertThat(profile.fullName()).as(artist.handle()).contains(artist.name());
        assertThat(profile.images()).as(artist.handle()).isNotEmpty().hasSizeLessThanOrEqualTo(12)
                .extracting(RemoteImage::url).allMatch(url -> url.startsWith(server.baseUri() + "/cdn/"))
                .allMatch(url -> url.contains("&oe="));
        assertThat(profile.profilePictureUrl()).as(artist.handle()).isPresent();
    }
}
