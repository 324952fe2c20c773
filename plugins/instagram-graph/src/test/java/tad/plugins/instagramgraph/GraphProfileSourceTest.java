package tad.plugins.instagramgraph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.http.PoliteHttpClient;
import tad.plugin.ArtistProfile;
import tad.plugin.ProfileResult;
import tad.plugin.RemoteImage;

/** A Business Discovery answer in Meta's documented shape, read into a profile; the request the plugin sends. */
class GraphProfileSourceTest {
    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort()).build();
    private static final PoliteHttpClient HTTP = GraphTests.http();

    @AfterAll
    static void close() {
        HTTP.close();
    }

    private void answer(int status, String body, String... headers) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("facebook-api-version", "v26.0").withBody(body);
        for (int i = 0; i < headers.length; i += 2) {
            response = response.withHeader(headers[i], headers[i + 1]);
        }
        graph.stubFor(get(urlPathEqualTo("/v26.0/" + GraphTests.USER_ID)).willReturn(response));
    }

    private ProfileResult fetch(String handle, String... config) throws Exception {
        return new GraphProfileSource(new ManualTime()).fetchProfile(handle,
                GraphTests.context(HTTP, URI.create(graph.baseUrl()), new ManualTime(), config));
    }

    @Test
    void aBusinessAccountIsReadWithTheImagesTheWebSourceWouldGiveTheSameIds() throws Exception {
        answer(200, GraphTests.fixture("discovery-business.json"));

        ArtistProfile profile = ((ProfileResult.Found) fetch("Mara.Inkwell")).profile();

        assertThat(profile.instagramHandle()).isEqualTo("mara.inkwell");
        assertThat(profile.fullName()).contains("Mara Quill");
        assertThat(profile.biography()).isEqualTo("Neo-trad & blackwork <b>Leeds</b>\nBooks open for March ✦ DM or email");
        assertThat(profile.externalUrl()).contains("https://inkwellanchor.example/mara");
        assertThat(profile.profilePictureUrl()).get().asString().startsWith("https://scontent-lhr6-1.xx.fbcdn.net/");
        assertThat(profile.verified()).isFalse();
        assertThat(profile.images()).extracting(RemoteImage::id).containsExactly(
                "DCx3kQnNa1Z", "DCuWq7bN0xY-1", "DCuWq7bN0xY-2", "DCuWq7bN0xY-3", "DCp0aAbNq2R", "DCfYxWvNo8P");
        RemoteImage carouselVideo = profile.images().get(2);
        assertThat(carouselVideo.videoCover()).isTrue();
        assertThat(carouselVideo.url()).contains("468700002_5555555555555555").doesNotContain(".mp4");
        RemoteImage reel = profile.images().get(4);
        assertThat(reel.videoCover()).isTrue();
        assertThat(reel.url()).contains("468600005_");
        assertThat(profile.images()).as("the reel without media_url (licensed audio) is skipped")
                .noneMatch(i -> i.url().contains("468500006_"));
        assertThat(profile.images().get(0).takenAt()).contains(Instant.parse("2026-11-28T16:04:11Z"));
        assertThat(profile.images().get(1).caption()).startsWith("Blackwork panther");
        assertThat(profile.images().get(5).caption()).isEmpty();
    }

    @Test
    void oneCallPerArtistAsksForTheProfileAndItsMediaWithTheTokenInAHeader() throws Exception {
        answer(200, GraphTests.fixture("discovery-business.json"));

        fetch("mara.inkwell", "max-images", "8");

        List<LoggedRequest> requests = graph.findAll(getRequestedFor(urlPathEqualTo("/v26.0/" + GraphTests.USER_ID)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.queryParameter("fields").firstValue()).isEqualTo(
                "business_discovery.username(mara.inkwell){username,name,biography,website,profile_picture_url,"
                        + "followers_count,media_count,media.limit(8){id,caption,media_type,media_url,thumbnail_url,"
                        + "permalink,timestamp,children{id,media_type,media_url,thumbnail_url}}}");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + GraphTests.TOKEN);
        assertThat(request.getUrl()).doesNotContain(GraphTests.TOKEN).doesNotContain("access_token");
        assertThat(request.getHeader("User-Agent")).startsWith("tad-test-bot/");
    }

    @Test
    void imagesStopAtTheCapAndVideoCoversCanBeLeftOut() throws Exception {
        answer(200, GraphTests.fixture("discovery-business.json"));

        assertThat(((ProfileResult.Found) fetch("mara.inkwell", "max-images", "3")).profile().images())
                .extracting(RemoteImage::id).containsExactly("DCx3kQnNa1Z", "DCuWq7bN0xY-1", "DCuWq7bN0xY-2");
        assertThat(((ProfileResult.Found) fetch("mara.inkwell", "keep-video-covers", "false")).profile().images())
                .noneMatch(RemoteImage::videoCover).hasSize(4);
    }

    @Test
    void theHourlyBudgetSpacesCallsEvenly() throws Exception {
        answer(200, GraphTests.fixture("discovery-business.json"));
        ManualTime time = new ManualTime();
        GraphProfileSource source = new GraphProfileSource(time);
        var context = GraphTests.context(HTTP, URI.create(graph.baseUrl()), time, "per-hour", "180");

        for (int i = 0; i < 4; i++) {
            assertThat(source.fetchProfile("mara.inkwell", context)).isInstanceOf(ProfileResult.Found.class);
        }

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20));
    }

    @Test
    void anAnswerAboutSomeoneElseIsNotStoredUnderTheHandleAskedFor() throws Exception {
        answer(200, GraphTests.fixture("discovery-business.json"));

        assertThat(fetch("someone.else")).isInstanceOfSatisfying(ProfileResult.Failed.class,
                f -> assertThat(f.failure().reason()).isEqualTo(tad.plugin.Failure.Reason.UNEXPECTED_FORMAT));
    }
}
