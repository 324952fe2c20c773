package tad.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tad.core.config.HttpSettings;
import tad.core.queue.MutableClock;
import tad.plugin.RobotsVerdict;

/** robots.txt as RFC 9309 reads it (crawler-commons), with the deciding rule named, over real HTTP. */
class RobotsVerdictTest {
    private WireMockServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private PoliteHttpClient client() {
        // a generous read timeout: a busy machine must not turn an answer into a timeout here
        HttpSettings settings = new HttpSettings("tad-bot/0.1 (+https://tad.example/bot)", Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofSeconds(20), 64 * 1024, 4, 0, Duration.ofMillis(100),
                Duration.ofSeconds(30), 5, Duration.ofMinutes(1));
        return new PoliteHttpClient(settings, clock, d -> { }, RandomGenerator.of("L64X128MixRandom"));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private void robots(String body) {
        server.stubFor(get("/robots.txt").willReturn(okForContentType("text/plain", body)));
    }

    @Test
    void wildcardsEndAnchorsAndTheLongestMatchDecideWithTheRuleNamed() throws Exception {
        robots("""
                User-agent: *
                Disallow: /*?sort=
                Disallow: /*.pdf$
                Disallow: /team/
                Allow: /team/artists
                Crawl-delay: 3
                Sitemap: https://studio.example/sitemap_index.xml
                """);
        try (PoliteHttpClient http = client()) {
            RobotsVerdict sorted = http.robots(url("/gallery?sort=new"));
            assertThat(sorted.allowed()).isFalse();
            assertThat(sorted.rule()).contains("Disallow: /*?sort=");
            assertThat(http.robots(url("/prices.pdf")).allowed()).isFalse();
            assertThat(http.robots(url("/prices.pdf.html")).allowed()).as("$ anchors the end").isTrue();
            RobotsVerdict team = http.robots(url("/team/artists/mara"));
            assertThat(team.allowed()).as("the longer Allow wins").isTrue();
            assertThat(team.rule()).contains("Allow: /team/artists");
            assertThat(http.robots(url("/team/contact")).rule()).contains("Disallow: /team/");
            assertThat(team.crawlDelay()).isEqualTo(Duration.ofSeconds(3));
            assertThat(team.sitemaps()).containsExactly(URI.create("https://studio.example/sitemap_index.xml"));
            assertThat(http.robots(url("/")).rule()).isEmpty();
            assertThat(team.basis()).isEqualTo("robots.txt (HTTP 200)");
        }
        server.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
    }

    @Test
    void aMissingFileAllowsEverything() throws Exception {
        server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
        try (PoliteHttpClient http = client()) {
            RobotsVerdict verdict = http.robots(url("/private/"));
            assertThat(verdict.allowed()).isTrue();
            assertThat(verdict.basis()).contains("HTTP 404").contains("everything allowed");
        }
    }

    @Test
    void aServerErrorDisallowsEverythingForAWhileThenTheFileIsAskedForAgain() throws Exception {
        server.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(503).withBody("down for maintenance")));
        try (PoliteHttpClient http = client()) {
            RobotsVerdict down = http.robots(url("/artists"));
            assertThat(down.allowed()).isFalse();
            assertThat(down.reason()).contains("HTTP 503").contains("everything disallowed until 2026-12-07T10:30:00Z");
            clock.advance(Duration.ofMinutes(10));
            assertThat(http.robots(url("/artists")).allowed()).isFalse();
            server.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));

            robots("User-agent: *\nDisallow: /private/\n");
            clock.advance(RobotsCache.UNREACHABLE_FOR);
            assertThat(http.robots(url("/artists")).allowed()).isTrue();
            server.verify(2, getRequestedFor(urlEqualTo("/robots.txt")));
        }
    }

    @Test
    void goodRulesAreKeptForADayAtMost() throws Exception {
        robots("User-agent: *\nDisallow: /private/\n");
        try (PoliteHttpClient http = client()) {
            http.robots(url("/"));
            clock.advance(Duration.ofHours(23));
            http.robots(url("/"));
            server.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
            clock.advance(Duration.ofHours(2));
            http.robots(url("/"));
            server.verify(2, getRequestedFor(urlEqualTo("/robots.txt")));
        }
    }

    @Test
    void aFileLargerThan500KibIsCutThereAndItsFirstRulesStillApply() throws Exception {
        StringBuilder body = new StringBuilder("User-agent: *\nDisallow: /private/\n");
        while (body.length() < 600 * 1024) {
            body.append("# filler line to push the file over the limit of what a crawler must read\n");
        }
        body.append("Disallow: /after-the-limit/\n");
        robots(body.toString());
        try (PoliteHttpClient http = client()) {
            assertThat(http.robots(url("/private/x")).allowed()).isFalse();
            assertThat(http.robots(url("/after-the-limit/x")).allowed()).as("beyond 500 KiB is not read").isTrue();
            assertThat(http.robots(url("/")).basis()).isEqualTo("robots.txt (HTTP 200)");
        }
    }
}
