package tad.plugins.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static tad.plugins.instagram.WireMockInstagram.fetch;
import static tad.plugins.instagram.WireMockInstagram.json;
import static tad.plugins.instagram.WireMockInstagram.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.plugin.Failure;
import tad.plugin.Failure.Reason;
import tad.plugin.ProfileResult;

/** Every way Instagram says no, each classified and none thrown. */
class InstagramFailureClassificationTest {
    private static final String HANDLE = "some.artist";

    @RegisterExtension
    static WireMockExtension wm = WireMockInstagram.server();

    @Test
    void aPrivateProfileIsPrivate() throws Exception {
        wm.stubFor(profile("lucan.tradworks").willReturn(json(200,
                SampleCityPayloads.payload("lucan.tradworks", wm.baseUrl()))));
        assertThat(failure(fetch(wm, "lucan.tradworks")).reason()).isEqualTo(Reason.PRIVATE);
    }

    @Test
    void aNullUserAndA404AreBothNotFound() throws Exception {
        wm.stubFor(profile("nyx.geometry").willReturn(json(200, "{\"data\":{\"user\":null},\"status\":\"ok\"}")));
        wm.stubFor(profile(HANDLE).willReturn(aResponse().withStatus(404).withBody("")));

        assertThat(failure(fetch(wm, "nyx.geometry"))).isEqualTo(Failure.of(Reason.NOT_FOUND,
                "data.user is null: no such profile"));
        assertThat(failure(fetch(wm, HANDLE)).reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void aRedirectToTheLoginPageIsALoginWall() throws Exception {
        wm.stubFor(profile(HANDLE).willReturn(aResponse().withStatus(302)
                .withHeader("Location", wm.baseUrl() + "/accounts/login/?next=%2Fsome.artist%2F")));

        assertThat(failure(fetch(wm, HANDLE)).reason()).isEqualTo(Reason.LOGIN_WALL);
        wm.verify(0, getRequestedFor(urlPathEqualTo("/accounts/login/")));
    }

    @Test
    void a401AnHtmlLoginPageAndARequireLoginRefusalAreLoginWalls() throws Exception {
        wm.stubFor(profile("a").willReturn(aResponse().withStatus(401)));
        wm.stubFor(profile("b").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><form id=\"loginForm\" action=\"/accounts/login/ajax/\"></form></html>")));
        wm.stubFor(profile("c").willReturn(json(200,
                "{\"message\":\"Please wait a few minutes before you try again.\",\"require_login\":true,"
                        + "\"status\":\"fail\"}")));

        assertThat(failure(fetch(wm, "a")).reason()).isEqualTo(Reason.LOGIN_WALL);
        assertThat(failure(fetch(wm, "b")).reason()).isEqualTo(Reason.LOGIN_WALL);
        assertThat(failure(fetch(wm, "c")).detail()).contains("Please wait a few minutes");
    }

    @Test
    void a429ThenSuccessIsFoundAfterTheHostHonoursRetryAfter() throws Exception {
        wm.stubFor(profile(HANDLE).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(429, "{\"message\":\"Please wait a few minutes before you try again.\","
                        + "\"require_login\":true,\"status\":\"fail\"}").withHeader("Retry-After", "1"))
                .willSetStateTo("served"));
        wm.stubFor(profile(HANDLE).inScenario("throttle").whenScenarioStateIs("served")
                .willReturn(json(200, SampleCityPayloads.payload("hx_dotwork", wm.baseUrl()))));

        long started = System.nanoTime();
        assertThat(fetch(wm, HANDLE)).isInstanceOf(ProfileResult.Found.class);

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(1000);
        wm.verify(2, getRequestedFor(urlPathEqualTo(WireMockInstagram.PROFILE_PATH)));
    }

    @Test
    void a429ThatOutlastsTheRetriesIsThrottled() throws Exception {
        wm.stubFor(profile(HANDLE).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
        assertThat(failure(fetch(wm, HANDLE)).reason()).isEqualTo(Reason.THROTTLED);
    }

    @Test
    void malformedJsonIsAnUnexpectedFormat() throws Exception {
        wm.stubFor(profile(HANDLE).willReturn(json(200, "{\"data\":{\"user\":{\"biography\":\"trunc")));
        assertThat(failure(fetch(wm, HANDLE))).isEqualTo(Failure.of(Reason.UNEXPECTED_FORMAT,
                "response is not valid JSON"));
    }

    @Test
    void aMissingFieldIsAnUnexpectedFormatNamingTheField() throws Exception {
        wm.stubFor(profile("a").willReturn(json(200, SampleCityPayloads.withUser("hx_dotwork", wm.baseUrl(),
                user -> user.remove("edge_owner_to_timeline_media")))));
        wm.stubFor(profile("b").willReturn(json(200, SampleCityPayloads.withUser("hx_dotwork", wm.baseUrl(),
                user -> ((ObjectNode) ((ArrayNode) user.get("edge_owner_to_timeline_media").get("edges")).get(1)
                        .get("node")).remove("display_url")))));
        wm.stubFor(profile("c").willReturn(json(200, "{\"status\":\"ok\"}")));
        wm.stubFor(profile("d").willReturn(json(200, SampleCityPayloads.withUser("hx_dotwork", wm.baseUrl(),
                user -> user.put("is_private", "no")))));

        assertThat(failure(fetch(wm, "a"))).isEqualTo(Failure.of(Reason.UNEXPECTED_FORMAT,
                "data.user.edge_owner_to_timeline_media missing"));
        assertThat(failure(fetch(wm, "b")).detail())
                .isEqualTo("data.user.edge_owner_to_timeline_media.edges[1].node.display_url missing");
        assertThat(failure(fetch(wm, "c")).detail()).isEqualTo("data missing");
        assertThat(failure(fetch(wm, "d")).detail()).isEqualTo("data.user.is_private is not a boolean");
    }

    @Test
    void otherStatusesAreHttpErrorsAndAMissingAppIdIsExplained() throws Exception {
        wm.stubFor(profile("a").willReturn(aResponse().withStatus(500)));
        wm.stubFor(profile("b").willReturn(json(400, "{\"message\":\"useragent mismatch\",\"status\":\"fail\"}")));
        wm.stubFor(profile("c").willReturn(aResponse().withStatus(301).withHeader("Location", "https://x.example/")));

        assertThat(failure(fetch(wm, "a"))).isEqualTo(Failure.of(Reason.HTTP_ERROR, "HTTP 500"));
        assertThat(failure(fetch(wm, "b")).detail()).contains("useragent mismatch");
        assertThat(failure(fetch(wm, "c")).reason()).isEqualTo(Reason.HTTP_ERROR);
    }

    @Test
    void transportFailuresComeBackAsTheHostClassifiedThem() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ProfileResult result = new InstagramProfileSource().fetchProfile(HANDLE,
                TestContexts.against(URI.create("http://127.0.0.1:" + closedPort), new String[0]));
        assertThat(failure(result).reason()).isEqualTo(Reason.NETWORK);
    }

    @Test
    void anInvalidHandleIsNotFoundWithoutAnyRequest() throws Exception {
        assertThat(failure(fetch(wm, "../../etc/passwd")).reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(failure(fetch(wm, "")).reason()).isEqualTo(Reason.NOT_FOUND);
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    static Failure failure(ProfileResult result) {
        assertThat(result).isInstanceOf(ProfileResult.Failed.class);
        return ((ProfileResult.Failed) result).failure();
    }
}
