package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.http.PoliteHttpClient;
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
 * Each robots.txt case of RFC 9309 on a site served over real HTTP, crawled through the host's polite client with a
 * 100 ms per-host interval, and checked from the server's own request log: no disallowed path is ever requested,
 * and no two requests reach the site closer together than its interval (a larger Crawl-delay wins).
 */
class RobotsCasesIT {
    private static final Duration HOST_DELAY = Duration.ofMillis(100);
    private static final String ROSTER = "<html><body><h1>Our artists</h1>"
            + "<div><h3>Mara Quill</h3><a href=\"https://instagram.com/mara.inkwell\">Instagram</a></div>"
            + "<div><h3>Tobias Fenn</h3><a href=\"https://instagram.com/tobias.linework\">Instagram</a></div>"
            + "</body></html>";

    @TempDir
    Path site;

    @Test
    void wildcardRulesKeepTheCrawlerOffMatchingPaths() throws IOException {
        write("robots.txt", "User-agent: *\nDisallow: /*?sort=\nDisallow: /*/private-*\n");
        home("/artists", "/gallery?sort=new", "/artists/private-notes", "/about");
        write("artists.html", ROSTER + "<a href=\"/artists/private-notes\">notes</a>");
        write("gallery.html", "<p>gallery</p>");
        write("about.html", "<p>about</p>");
        Crawled crawled = crawl(HOST_DELAY);
        assertThat(crawled.paths()).contains("/", "/artists", "/about")
                .doesNotContain("/gallery?sort=new", "/artists/private-notes");
        assertThat(crawled.reasonFor("/gallery?sort=new")).isEqualTo("robots.txt Disallow: /*?sort=");
        assertThat(crawled.handles()).containsExactlyInAnyOrder("mara.inkwell", "tobias.linework");
        crawled.assertSpacedBy(HOST_DELAY);
    }

    @Test
    void anEndAnchorDisallowsOnlyTheExactEnding() throws IOException {
        write("robots.txt", "User-agent: tad-bot\nDisallow: /*.php$\n\nUser-agent: *\nDisallow: /\n");
        home("/book.php", "/book.php?artist=mara", "/artists");
        write("artists.html", ROSTER);
        write("book.php", "<p>booking</p>");
        Crawled crawled = crawl(HOST_DELAY);
        assertThat(crawled.paths()).contains("/book.php?artist=mara", "/artists").doesNotContain("/book.php");
        assertThat(crawled.reasonFor("/book.php")).isEqualTo("robots.txt Disallow: /*.php$");
        crawled.assertSpacedBy(HOST_DELAY);
    }

    @Test
    void aLongerAllowOverridesADisallow() throws IOException {
        write("robots.txt", "User-agent: *\nDisallow: /team/\nAllow: /team/artists\n");
        home("/team/artists", "/team/admin");
        Files.createDirectories(site.resolve("team"));
        write("team/artists.html", ROSTER);
        write("team/admin.html", "<p>staff only</p>");
        Crawled crawled = crawl(HOST_DELAY);
        assertThat(crawled.paths()).contains("/team/artists").doesNotContain("/team/admin");
        assertThat(crawled.reasonFor("/team/admin")).isEqualTo("robots.txt Disallow: /team/");
        assertThat(crawled.handles()).hasSize(2);
        crawled.assertSpacedBy(HOST_DELAY);
    }

    @Test
    void aCrawlDelayLargerThanTheHostIntervalSpacesEveryRequest() throws IOException {
        write("robots.txt", "User-agent: *\nCrawl-delay: 1\n");
        home("/artists", "/about");
        write("artists.html", ROSTER);
        write("about.html", "<p>about</p>");
        Crawled crawled = crawl(HOST_DELAY);
        assertThat(crawled.paths()).startsWith("/robots.txt").contains("/", "/artists");
        crawled.assertSpacedBy(Duration.ofSeconds(1));
    }

    @Test
    void aRobotsServerErrorKeepsTheWholeSiteOut() throws IOException {
        write("_routes.json", "{\"routes\":[{\"path\":\"/robots.txt\",\"status\":503,\"body\":\"maintenance\"}]}");
        home("/artists");
        write("artists.html", ROSTER);
        Crawled crawled = crawl(HOST_DELAY);
        assertThat(crawled.paths()).containsExactly("/robots.txt");
        assertThat(crawled.result().failures()).extracting(Failure::reason)
                .containsExactly(Failure.Reason.ROBOTS_DISALLOWED);
        assertThat(crawled.result().visits()).singleElement().satisfies(visit ->
                assertThat(visit.reason()).contains("HTTP 503").contains("everything disallowed until"));
    }

    private void home(String... links) throws IOException {
        StringBuilder html = new StringBuilder("<html><body><nav>");
        for (String link : links) {
            html.append("<a href=\"").append(link.replace("&", "&amp;")).append("\">")
                    .append(link.contains("artist") ? "Our artists" : "Page").append("</a> ");
        }
        write("index.html", html.append("</nav></body></html>").toString());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(site.resolve(name), content);
    }

    private Crawled crawl(Duration hostDelay) {
        try (SiteServer server = SiteServer.startFromDirectory(site);
             PoliteHttpClient http = new PoliteHttpClient(TestContexts.settings(hostDelay, Duration.ofSeconds(5)))) {
            ArtistSourceResult result = new StudioWebsiteSource().findArtists(new StudioRef("robots", "Robots Studio",
                    Optional.of(server.baseUri() + "/"), "Leeds"), TestContexts.with(http,
                    Map.of("stop-after-roster", "false"), PageMemory.NONE, PageRenderer.NONE));
            return new Crawled(result, server.requests());
        }
    }

    record Crawled(ArtistSourceResult result, List<Fixture.RecordedRequest> requests) {
        List<String> paths() {
            return requests.stream().map(Fixture.RecordedRequest::pathAndQuery).toList();
        }

        List<String> handles() {
            return result.candidates().stream().map(ArtistCandidate::instagramHandle).toList();
        }

        String reasonFor(String path) {
            return result.visits().stream().filter(visit -> visit.status() == PageVisit.Status.SKIPPED)
                    .filter(visit -> pathAndQuery(visit.url()).equals(path))
                    .map(PageVisit::reason).findFirst().orElse("not skipped");
        }

        private static String pathAndQuery(String url) {
            URI uri = URI.create(url);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        /** From the server's clock: every request started at least {@code interval} after the one before. */
        void assertSpacedBy(Duration interval) {
            assertThat(requests).hasSizeGreaterThan(2);
            for (int i = 1; i < requests.size(); i++) {
                long gap = requests.get(i).receivedAtNanos() - requests.get(i - 1).receivedAtNanos();
                assertThat(Duration.ofNanos(gap)).as("gap before " + requests.get(i).pathAndQuery())
                        .isGreaterThanOrEqualTo(interval);
            }
        }
    }
}
