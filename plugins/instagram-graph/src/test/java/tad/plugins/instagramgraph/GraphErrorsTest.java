package tad.plugins.instagramgraph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tad.core.http.PoliteHttpClient;
import tad.plugin.Failure;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.SourceException;

/** Every class of Graph error, in Meta's error-object format, and what the crawl does about it. */
class GraphErrorsTest {
    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort()).build();
    private static final PoliteHttpClient HTTP = GraphTests.http();
    private static final String PATH = "/v26.0/" + GraphTests.USER_ID;

    @AfterAll
    static void close() {
        HTTP.close();
    }

    private static ResponseDefinitionBuilder graphAnswer(int status, String fixture, String... headers) {
        ResponseDefinitionBuilder response = aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_request\"")
                .withBody(GraphTests.fixture(fixture));
        for (int i = 0; i < headers.length; i += 2) {
            response = response.withHeader(headers[i], headers[i + 1]);
        }
        return response;
    }

    private PluginContext context(ManualTime time, String... config) {
        return GraphTests.context(HTTP, URI.create(graph.baseUrl()), time, config);
    }

    private static Failure failure(ProfileResult result) {
        assertThat(result).isInstanceOf(ProfileResult.Failed.class);
        return ((ProfileResult.Failed) result).failure();
    }

    private int calls() {
        return graph.findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
    }

    @Test
    void aPersonalAccountOrAMissingHandleIsNotProfessional() throws Exception {
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(400, "error-110-not-professional.json")));
        ManualTime time = new ManualTime();

        Failure failure = failure(new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time)));

        assertThat(failure.reason()).isEqualTo(Failure.Reason.NOT_PROFESSIONAL);
        assertThat(failure.detail()).contains("110/2207013").doesNotContain("mara.inkwell");
        assertThat(calls()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"error-190-expired.json, 463, it has expired", "error-190-malformed.json, , invalid"})
    void aRefusedTokenStopsTheCrawlWithOneLineNamingTheSetting(String fixture, String subcode, String problem) {
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(400, fixture)));
        ManualTime time = new ManualTime();

        assertThatThrownBy(() -> new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time)))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.fatal()).isTrue();
                    assertThat(e.getMessage()).contains("TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN").contains(problem)
                            .contains("error 190" + (subcode == null ? "" : "/" + subcode))
                            .doesNotContain(GraphTests.TOKEN).doesNotContain("\n");
                });
    }

    @Test
    void aMissingPermissionOrAWrongUserIdStopsTheCrawlToo() {
        ManualTime time = new ManualTime();
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(403, "error-10-permission.json")));
        assertThatThrownBy(() -> new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time)))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessageContaining("instagram_basic");
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(400, "error-100-33-user-id.json")));
        assertThatThrownBy(() -> new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time)))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessageContaining("TAD_PLUGIN_INSTAGRAM_GRAPH_USER_ID");
    }

    @Test
    void withoutATokenNothingIsRequestedAndThePreflightNamesBothSettingsAndTheAlternatives() {
        ManualTime time = new ManualTime();
        PluginContext noToken = context(time, "access-token", null);

        assertThatThrownBy(() -> new GraphProfileSource(time).preflight(noToken))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessageContaining("TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN")
                .hasMessageContaining("TAD_PLUGIN_INSTAGRAM_GRAPH_USER_ID")
                .hasMessageContaining("TAD_PROFILE_SOURCE=instagram").hasMessageContaining("TAD_PROFILE_SOURCE=none");
        assertThatThrownBy(() -> new GraphProfileSource(time).fetchProfile("mara.inkwell", noToken))
                .isInstanceOf(SourceException.class);
        assertThat(calls()).isZero();
    }

    @Test
    void thePreflightAsksAboutTheOperatorsAccountOnceAndStopsOnARefusedToken() throws Exception {
        ManualTime time = new ManualTime();
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"id\":\"" + GraphTests.USER_ID + "\",\"username\":\"operator.studio\"}")));
        new GraphProfileSource(time).preflight(context(time));
        assertThat(graph.findAll(getRequestedFor(urlPathEqualTo(PATH))).get(0).queryParameter("fields").firstValue())
                .isEqualTo("id,username");

        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(400, "error-190-expired.json")));
        assertThatThrownBy(() -> new GraphProfileSource(time).preflight(context(time)))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessageContaining("TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN");
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(400, "error-80002-instagram-limit.json")));
        new GraphProfileSource(time).preflight(context(time));
        assertThat(calls()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"error-4-app-limit.json, 403", "error-17-user-limit.json, 400", "error-32-page-limit.json, 400",
            "error-613-custom-limit.json, 400", "error-80002-instagram-limit.json, 400"})
    void aShortThrottleIsWaitedOutOnceThenTheCallIsMadeAgain(String fixture, int status) throws Exception {
        graph.stubFor(get(urlPathEqualTo(PATH)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(graphAnswer(status, fixture, "X-Business-Use-Case-Usage",
                        "{\"17841405822304914\":[{\"type\":\"instagram\",\"call_count\":100,\"total_cputime\":12,"
                                + "\"total_time\":20,\"estimated_time_to_regain_access\":3}]}"))
                .willSetStateTo("lifted"));
        graph.stubFor(get(urlPathEqualTo(PATH)).inScenario("throttle").whenScenarioStateIs("lifted")
                .willReturn(graphAnswer(200, "discovery-business.json")));
        ManualTime time = new ManualTime();

        ProfileResult result = new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time));

        assertThat(result).isInstanceOf(ProfileResult.Found.class);
        assertThat(time.sleeps).containsExactly(Duration.ofMinutes(3));
        assertThat(calls()).isEqualTo(2);
    }

    @Test
    void aLongThrottleDefersThisArtistAndEveryLaterOneWithoutAnotherCall() throws Exception {
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(400, "error-80002-instagram-limit.json",
                "X-Business-Use-Case-Usage", "{\"17841405822304914\":[{\"type\":\"instagram\",\"call_count\":100,"
                        + "\"total_cputime\":9,\"total_time\":14,\"estimated_time_to_regain_access\":55}]}")));
        ManualTime time = new ManualTime();
        GraphProfileSource source = new GraphProfileSource(time);
        PluginContext context = context(time, "max-wait", "PT10M");

        assertThat(failure(source.fetchProfile("mara.inkwell", context)).reason()).isEqualTo(Failure.Reason.DEFERRED);
        assertThat(failure(source.fetchProfile("tobias.linework", context)).reason()).isEqualTo(Failure.Reason.DEFERRED);
        assertThat(calls()).isEqualTo(1);
        assertThat(time.sleeps).isEmpty();

        time.advance(Duration.ofMinutes(56));
        source.fetchProfile("ruby_sable_tattoo", context);
        assertThat(calls()).as("calls resume once Meta's estimate has passed").isEqualTo(2);
    }

    @Test
    void aThrottleWithoutAnEstimateIsTakenForMetasRollingHour() throws Exception {
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(403, "error-4-app-limit.json",
                "X-App-Usage", "{\"call_count\":100,\"total_cputime\":22,\"total_time\":31}")));
        ManualTime time = new ManualTime();

        Failure failure = failure(new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time)));

        assertThat(failure.reason()).isEqualTo(Failure.Reason.DEFERRED);
        assertThat(failure.detail()).contains("60 min");
    }

    @Test
    void aSuccessfulAnswerAtFullUsagePausesTheNextCalls() throws Exception {
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(200, "discovery-business.json",
                "X-Business-Use-Case-Usage", "{\"17841405822304914\":[{\"type\":\"instagram\",\"call_count\":100,"
                        + "\"total_cputime\":40,\"total_time\":35,\"estimated_time_to_regain_access\":30}]}")));
        ManualTime time = new ManualTime();
        GraphProfileSource source = new GraphProfileSource(time);

        assertThat(source.fetchProfile("mara.inkwell", context(time))).isInstanceOf(ProfileResult.Found.class);
        assertThat(failure(source.fetchProfile("mara.inkwell", context(time))).reason())
                .isEqualTo(Failure.Reason.DEFERRED);
        assertThat(calls()).isEqualTo(1);
    }

    @Test
    void transientErrorsAreRetriedAndReportedWhenTheyPersist() throws Exception {
        graph.stubFor(get(urlPathEqualTo(PATH)).inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(graphAnswer(400, "error-2-transient.json")).willSetStateTo("ok"));
        graph.stubFor(get(urlPathEqualTo(PATH)).inScenario("blip").whenScenarioStateIs("ok")
                .willReturn(graphAnswer(200, "discovery-business.json")));
        ManualTime time = new ManualTime();
        assertThat(new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time)))
                .isInstanceOf(ProfileResult.Found.class);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2));

        graph.resetAll();
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(graphAnswer(400, "error-2-transient.json")));
        Failure failure = failure(new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time)));
        assertThat(failure.reason()).isEqualTo(Failure.Reason.HTTP_ERROR);
        assertThat(failure.detail()).contains("transient").contains("2 retries");
        assertThat(calls()).isEqualTo(3);
    }

    @Test
    void answersThatAreNotGraphJsonFailTheArtistOnly() throws Exception {
        ManualTime time = new ManualTime();
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>")));
        assertThat(failure(new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time))).reason())
                .isEqualTo(Failure.Reason.HTTP_ERROR);
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{\"id\":\"1\"}")));
        assertThat(failure(new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time))).reason())
                .isEqualTo(Failure.Reason.UNEXPECTED_FORMAT);
        graph.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("not json")));
        assertThat(failure(new GraphProfileSource(time).fetchProfile("mara.inkwell", context(time))).reason())
                .isEqualTo(Failure.Reason.UNEXPECTED_FORMAT);
        assertThat(failure(new GraphProfileSource(time).fetchProfile("no/such handle", context(time))).reason())
                .isEqualTo(Failure.Reason.NOT_FOUND);
    }
}
