package tad.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tad.core.config.HttpSettings;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.RequestOptions;

class PoliteHttpClientTest {
    private WireMockServer server;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    static HttpSettings settings(Duration hostDelay) {
        return new HttpSettings("tad-bot/0.1 (+https://tad.example/bot)", hostDelay, Duration.ofSeconds(2),
                Duration.ofMillis(800), 64 * 1024, 4, 3, Duration.ofMillis(100), Duration.ofSeconds(30), 5,
                Duration.ofMinutes(1));
    }

    private PoliteHttpClient recordingClient(Duration hostDelay) {
        Sleeper recording = d -> waits.add(d);
        return new PoliteHttpClient(settings(hostDelay), Clock.systemUTC(), recording, RandomGenerator.of("L64X128MixRandom"));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void sendsTheBotUserAgentAndReturnsTheBody() throws Exception {
        server.stubFor(get("/page").willReturn(okForContentType("text/html; charset=utf-8", "<p>caf\u00e9</p>")));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            HttpResponse r = http.get(url("/page"), Map.of("Accept", "text/html"), RequestOptions.api());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).isEqualTo("<p>caf\u00e9</p>");
        }
        LoggedRequest sent = server.findAll(getRequestedFor(urlEqualTo("/page"))).get(0);
        assertThat(sent.getHeader("User-Agent")).startsWith("tad-bot/0.1").contains("https://tad.example/bot");
        assertThat(sent.getHeader("Accept")).isEqualTo("text/html");
    }

    @Test
    void keepsTheMinimumIntervalBetweenRequestsToOneHost() throws Exception {
        server.stubFor(get("/a").willReturn(aResponse().withStatus(200)));
        try (PoliteHttpClient http = new PoliteHttpClient(settings(Duration.ofMillis(300)))) {
            for (int i = 0; i < 3; i++) {
                http.get(url("/a"), Map.of(), RequestOptions.api());
            }
        }
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlEqualTo("/a")));
        assertThat(requests).hasSize(3);
        for (int i = 1; i < 3; i++) {
            long gap = requests.get(i).getLoggedDate().getTime() - requests.get(i - 1).getLoggedDate().getTime();
            assertThat(gap).as("gap between request %d and %d", i - 1, i).isGreaterThanOrEqualTo(290);
        }
    }

    @Test
    void twoClientsSharingHostLeasesKeepOneIntervalBetweenThem() throws Exception {
        server.stubFor(get("/a").willReturn(aResponse().withStatus(200)));
        var leases = new tad.core.politeness.InMemoryHostLeases(Clock.systemUTC());
        long before = System.nanoTime();
        try (PoliteHttpClient worker1 = new PoliteHttpClient(settings(Duration.ofMillis(300)), Clock.systemUTC(),
                Sleeper.REAL, RandomGenerator.getDefault(), java.util.Optional.of(leases));
             PoliteHttpClient worker2 = new PoliteHttpClient(settings(Duration.ofMillis(300)), Clock.systemUTC(),
                     Sleeper.REAL, RandomGenerator.getDefault(), java.util.Optional.of(leases))) {
            for (int i = 0; i < 2; i++) {
                worker1.get(url("/a"), Map.of(), RequestOptions.api());
                worker2.get(url("/a"), Map.of(), RequestOptions.api());
            }
        }
        long elapsedMs = Duration.ofNanos(System.nanoTime() - before).toMillis();
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/a")))).hasSize(4);
        // measured by the caller, around all four calls: the fourth start is three intervals after the first at the
        // earliest, so a busy machine can only lengthen this (the server's arrival times could shorten one gap when
        // an earlier request reached it late); each client alone would space only its own two requests (~300 ms)
        assertThat(elapsedMs).as("four requests across two clients sharing leases").isGreaterThanOrEqualTo(900);
    }

    @Test
    void retries429HonouringRetryAfterThenSucceeds() throws Exception {
        server.stubFor(get("/api").inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
                .willSetStateTo("ok"));
        server.stubFor(get("/api").inScenario("throttle").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            HttpResponse r = http.get(url("/api"), Map.of(), RequestOptions.api());
            assertThat(r.status()).isEqualTo(200);
        }
        assertThat(waits).contains(Duration.ofSeconds(7));
        server.verify(2, getRequestedFor(urlEqualTo("/api")));
    }

    @Test
    void aRetryAfterLongerThanWeWaitIsReturnedNotRetried() throws Exception {
        server.stubFor(get("/api").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            assertThat(http.get(url("/api"), Map.of(), RequestOptions.api()).status()).isEqualTo(429);
        }
        server.verify(1, getRequestedFor(urlEqualTo("/api")));
    }

    @Test
    void retries5xxWithGrowingJitteredBackoffThenGivesTheLastResponse() throws Exception {
        server.stubFor(get("/flaky").willReturn(aResponse().withStatus(503)));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            assertThat(http.get(url("/flaky"), Map.of(), RequestOptions.api()).status()).isEqualTo(503);
        }
        server.verify(4, getRequestedFor(urlEqualTo("/flaky")));
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0).toMillis()).isBetween(50L, 100L);
        assertThat(waits.get(2).toMillis()).isBetween(200L, 400L);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndSparesTheHost() throws Exception {
        server.stubFor(get("/down").willReturn(aResponse().withStatus(500)));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            for (int i = 0; i < 5; i++) {
                http.get(url("/down"), Map.of(), RequestOptions.api().withoutRetry());
            }
            assertThatThrownBy(() -> http.get(url("/down"), Map.of(), RequestOptions.api()))
                    .isInstanceOf(HttpFailure.class)
                    .satisfies(e -> assertThat(((HttpFailure) e).failure().reason()).isEqualTo(Failure.Reason.CIRCUIT_OPEN));
        }
        server.verify(5, getRequestedFor(urlEqualTo("/down")));
    }

    @Test
    void bodiesOverTheCapAreRejected() throws Exception {
        server.stubFor(get("/huge").willReturn(aResponse().withStatus(200).withBody(new byte[200 * 1024])));
        server.stubFor(get("/chunked").willReturn(aResponse().withStatus(200)
                .withChunkedDribbleDelay(4, 10).withBody(new byte[100 * 1024])));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            assertReason(() -> http.get(url("/huge"), Map.of(), RequestOptions.api()), Failure.Reason.TOO_LARGE);
            assertReason(() -> http.get(url("/chunked"), Map.of(), RequestOptions.api()), Failure.Reason.TOO_LARGE);
        }
    }

    @Test
    void aSlowServerTimesOut() throws Exception {
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(2500)));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            assertReason(() -> http.get(url("/slow"), Map.of(), RequestOptions.api().withoutRetry()),
                    Failure.Reason.TIMEOUT);
        }
    }

    @Test
    void robotsTxtIsHonouredAndFetchedOnceWithItsCrawlDelay() throws Exception {
        server.stubFor(get("/robots.txt").willReturn(okForContentType("text/plain",
                "User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n")));
        server.stubFor(get("/artists/").willReturn(aResponse().withStatus(200).withBody("ok")));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            assertThat(http.get(url("/artists/"), Map.of(), RequestOptions.webPage()).status()).isEqualTo(200);
            assertReason(() -> http.get(url("/private/x.html"), Map.of(), RequestOptions.webPage()),
                    Failure.Reason.ROBOTS_DISALLOWED);
            http.get(url("/artists/"), Map.of(), RequestOptions.webPage());
        }
        server.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
        server.verify(0, getRequestedFor(urlEqualTo("/private/x.html")));
        assertThat(waits).anySatisfy(d -> assertThat(d.toMillis()).isGreaterThan(1500));
    }

    @Test
    void robotsForOurBotByNameApplyAndMissingRobotsAllowsAll() throws Exception {
        server.stubFor(get("/robots.txt").willReturn(okForContentType("text/plain",
                "User-agent: tad-bot\nDisallow: /\n\nUser-agent: *\nAllow: /\n")));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            assertThat(http.allowedByRobots(url("/anything"))).isFalse();
        }
        server.resetAll();
        server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            assertThat(http.allowedByRobots(url("/anything"))).isTrue();
        }
    }

    @Test
    void redirectsWithinTheSiteAreFollowedLoopsAndOffSiteAreFailures() throws Exception {
        server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
        server.stubFor(get("/").willReturn(aResponse().withStatus(301).withHeader("Location", "/home")));
        server.stubFor(get("/home").willReturn(aResponse().withStatus(200).withBody("home")));
        server.stubFor(get("/loop1").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop2")));
        server.stubFor(get("/loop2").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop1")));
        server.stubFor(get("/away").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://elsewhere.example/")));
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            HttpResponse home = http.get(url("/"), Map.of(), RequestOptions.webPage());
            assertThat(home.text()).isEqualTo("home");
            assertThat(home.finalUri().getPath()).isEqualTo("/home");
            assertThat(home.redirects()).hasSize(1);
            assertReason(() -> http.get(url("/loop1"), Map.of(), RequestOptions.webPage()), Failure.Reason.REDIRECT_LOOP);
            assertReason(() -> http.get(url("/away"), Map.of(), RequestOptions.webPage()),
                    Failure.Reason.OFF_SITE_REDIRECT);
        }
    }

    @Test
    void anUnreachableHostIsANetworkFailure() {
        try (PoliteHttpClient http = recordingClient(Duration.ZERO)) {
            int closedPort = server.port();
            server.stop();
            assertReason(() -> http.get(URI.create("http://127.0.0.1:" + closedPort + "/"), Map.of(),
                    RequestOptions.api().withoutRetry()), Failure.Reason.NETWORK);
        }
    }

    @Test
    void registrableDomainsKeepCrawlsOnOneSite() {
        assertThat(SiteNames.registrableDomain("www.inkwell.co.uk")).isEqualTo("inkwell.co.uk");
        assertThat(SiteNames.registrableDomain("shop.inkwell.com")).isEqualTo("inkwell.com");
        assertThat(SiteNames.registrableDomain("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    interface Call {
        Object run() throws Exception;
    }

    private static void assertReason(Call call, Failure.Reason reason) {
        assertThatThrownBy(call::run).isInstanceOf(HttpFailure.class)
                .satisfies(e -> assertThat(((HttpFailure) e).failure().reason()).isEqualTo(reason));
    }
}
