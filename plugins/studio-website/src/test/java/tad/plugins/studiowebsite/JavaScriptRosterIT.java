package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tad.core.config.RenderSettings;
import tad.core.http.PoliteHttpClient;
import tad.core.render.ChromiumRenderer;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;
import tad.plugin.Failure;
import tad.plugin.PageMemory;
import tad.plugin.PageRenderer;
import tad.plugin.PageVisit;
import tad.plugin.StudioRef;
import tad.samplecity.Fixture;
import tad.samplecity.SiteServer;

/**
 * Rosters that exist only once a script has run, rendered by the host's headless Chromium, every request the page
 * makes served through the polite client: checked from the site's own request log (robots.txt, User-Agent, the
 * per-host interval, nothing a roster does not need). Needs the system's Chromium; skipped without one.
 */
class JavaScriptRosterIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration HOST_DELAY = Duration.ofMillis(100);

    private PoliteHttpClient http;
    private ChromiumRenderer renderer;

    @BeforeEach
    void browser() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        http = new PoliteHttpClient(TestContexts.settings(HOST_DELAY, Duration.ofSeconds(10)));
        renderer = new ChromiumRenderer(new RenderSettings(true, CHROMIUM, Duration.ofSeconds(30), 60), http);
    }

    @AfterEach
    void close() {
        if (renderer != null) {
            renderer.close();
            http.close();
        }
    }

    @Test
    void aReactRosterIsRenderedWithEveryRequestThroughThePoliteClient() throws Exception {
        try (SiteServer site = SiteServer.startFromDirectory(jsSite("js-react-roster"))) {
            ArtistSourceResult result = crawl(site, "Berserk Tattoos", renderer);
            assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle)
                    .containsExactlyInAnyOrder("amzkelso", "ben_whiteraven", "moniquemoore666");
            assertThat(result.candidates()).extracting(candidate -> candidate.name().orElse(""))
                    .containsExactlyInAnyOrder("Amelia Kelso", "Ben White Raven", "Monique Moore");
            assertThat(result.studio().instagramHandle()).contains("berserk_tattoos");
            assertThat(result.failures()).extracting(Failure::reason).doesNotContain(Failure.Reason.JAVASCRIPT_ONLY);

            List<Fixture.RecordedRequest> requests = site.requests();
            assertThat(requests).extracting(Fixture.RecordedRequest::pathAndQuery)
                    .contains("/robots.txt", "/", "/assets/index-4f9c2a1e.js", "/api/hours.json")
                    .noneMatch(path -> path.startsWith("/api/visit"))
                    .noneMatch(path -> path.endsWith(".css") || path.endsWith(".svg") || path.endsWith(".ico"))
                    .as("the document is given to the browser, not fetched again").containsOnlyOnce("/");
            assertThat(requests).allSatisfy(request ->
                    assertThat(request.headers().get("user-agent")).startsWith("tad-bot/"));
            assertSpacedBy(requests, HOST_DELAY);
            assertThat(result.visits()).anySatisfy(visit -> {
                assertThat(visit.url()).endsWith("/api/visit?page=home");
                assertThat(visit.status()).isEqualTo(PageVisit.Status.SKIPPED);
                assertThat(visit.reason()).contains("robots.txt Disallow: /api/visit");
            });
        }
    }

    @Test
    void theSampleCitysScriptOnlySiteYieldsTheArtistsItsScriptShows() {
        try (SiteServer site = SiteServer.start("velvet-needle")) {
            ArtistSourceResult result = crawl(site, "Velvet Needle", renderer);
            assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle)
                    .containsExactlyInAnyOrder("velvet.fairweather", "rook.almond.tattoo");
            assertThat(result.studio().instagramHandle()).contains("velvetneedle.leeds");
            assertSpacedBy(site.requests(), HOST_DELAY);
        }
    }

    @Test
    void withoutARendererTheSiteIsReportedAsRenderedByJavascript() throws Exception {
        try (SiteServer site = SiteServer.startFromDirectory(jsSite("js-react-roster"))) {
            ArtistSourceResult result = crawl(site, "Berserk Tattoos", PageRenderer.NONE);
            assertThat(result.candidates()).isEmpty();
            assertThat(result.failures()).extracting(Failure::reason).contains(Failure.Reason.JAVASCRIPT_ONLY);
            assertThat(site.requests()).extracting(Fixture.RecordedRequest::pathAndQuery)
                    .noneMatch(path -> path.startsWith("/assets/") || path.startsWith("/api/"));
        }
    }

    private ArtistSourceResult crawl(SiteServer site, String name, PageRenderer withRenderer) {
        return new StudioWebsiteSource().findArtists(new StudioRef("js", name, Optional.of(site.baseUri() + "/"),
                "Leeds"), TestContexts.with(http, Map.of(), PageMemory.NONE, withRenderer));
    }

    /** From the server's clock: every request started at least {@code interval} after the one before. */
    static void assertSpacedBy(List<Fixture.RecordedRequest> requests, Duration interval) {
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).receivedAtNanos() - requests.get(i - 1).receivedAtNanos();
            assertThat(Duration.ofNanos(gap)).as("gap before " + requests.get(i).pathAndQuery())
                    .isGreaterThanOrEqualTo(interval);
        }
    }

    static Path jsSite(String name) throws URISyntaxException {
        return Path.of(JavaScriptRosterIT.class.getResource("/js-sites/" + name).toURI());
    }
}
