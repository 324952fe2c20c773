package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import tad.core.http.PoliteHttpClient;
import tad.plugin.ArtistCandidate;
import tad.plugin.PageMemory;
import tad.plugin.PageRenderer;
import tad.plugin.ArtistSourceResult;
import tad.plugin.Failure;
import tad.plugin.PluginContext;
import tad.plugin.StudioRef;
import tad.samplecity.Fixture;
import tad.samplecity.SiteServer;

/** Every way a page can fail is recorded with its reason, and the rest of the site is still read. */
class SiteFailuresIT {
    /** The failing pages of these sites are not roster pages: read past the roster to reach them. */
    private static final PluginContext READ_EVERYTHING = TestContexts.with(Map.of("stop-after-roster", "false"));

    @Test
    void hugePageIsRefusedAsTooLarge() {
        Crawl crawl = crawl("lantern-lane", READ_EVERYTHING);
        assertThat(crawl.reasons()).contains(Failure.Reason.TOO_LARGE);
        assertThat(crawl.handles()).containsExactlyInAnyOrder("lantern.lettering", "newschool.nico");
    }

    @Test
    void redirectLoopAndPdfAreRecorded() {
        Crawl crawl = crawl("redbrick-rebel", READ_EVERYTHING);
        assertThat(crawl.reasons()).contains(Failure.Reason.REDIRECT_LOOP, Failure.Reason.NOT_HTML);
        assertThat(crawl.handles()).containsExactlyInAnyOrder("redbrick.rosa", "rebel.blackwork");
    }

    @Test
    void offSiteRedirectIsNotFollowedAndServerErrorIsRecorded() {
        Crawl crawl = crawl("copper-crane", READ_EVERYTHING);
        assertThat(crawl.reasons()).contains(Failure.Reason.OFF_SITE_REDIRECT, Failure.Reason.HTTP_ERROR);
        assertThat(crawl.result().failures()).extracting(Failure::detail).anyMatch(d -> d.contains("HTTP 500"));
        assertThat(crawl.handles()).containsExactlyInAnyOrder("coppercrane.liv", "crane.tribal.teo");
        assertThat(crawl.requests()).contains("/", "/home", "/artists");
    }

    @Test
    void javascriptOnlySiteYieldsNothingWithTheReason() {
        Crawl crawl = crawl("velvet-needle", TestContexts.fast());
        assertThat(crawl.result().candidates()).isEmpty();
        assertThat(crawl.reasons()).containsExactly(Failure.Reason.JAVASCRIPT_ONLY);
        assertThat(crawl.requests()).noneMatch(path -> path.endsWith(".js"));
    }

    @Test
    void slowPageTimesOut(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "<html><body><a href=\"/slow\">Our artists</a></body></html>");
        Files.writeString(dir.resolve("_routes.json"),
                "{\"routes\":[{\"path\":\"/slow\",\"body\":\"<p>late</p>\",\"delayMs\":3000}]}");
        try (SiteServer server = SiteServer.startFromDirectory(dir);
             PoliteHttpClient impatient = new PoliteHttpClient(TestContexts.settings(Duration.ZERO,
                     Duration.ofMillis(500)))) {
            ArtistSourceResult result = new StudioWebsiteSource().findArtists(
                    new StudioRef("slow", "Slow Studio", Optional.of(server.baseUri() + "/"), "Leeds"),
                    TestContexts.with(impatient, Map.of(), PageMemory.NONE, PageRenderer.NONE));
            assertThat(result.failures()).extracting(Failure::reason).contains(Failure.Reason.TIMEOUT);
        }
    }

    @Test
    void siteWhoseRobotsTxtDisallowsEverythingIsRecordedAndNotCrawled(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("robots.txt"), "User-agent: tad-bot\nDisallow: /\n");
        Files.writeString(dir.resolve("index.html"), "<html><body><a href=\"/artists\">Artists</a></body></html>");
        try (SiteServer server = SiteServer.startFromDirectory(dir)) {
            ArtistSourceResult result = new StudioWebsiteSource().findArtists(
                    new StudioRef("closed", "Closed Studio", Optional.of(server.baseUri() + "/"), "Leeds"),
                    TestContexts.fast());
            assertThat(result.failures()).extracting(Failure::reason).containsExactly(Failure.Reason.ROBOTS_DISALLOWED);
            assertThat(server.requests()).extracting(Fixture.RecordedRequest::pathAndQuery).containsExactly("/robots.txt");
        }
    }

    @Test
    void studioWithoutWebsiteIsRecordedWithoutAnyRequest() {
        ArtistSourceResult result = new StudioWebsiteSource().findArtists(
                new StudioRef("none", "No Site", Optional.empty(), "Leeds"), TestContexts.fast());
        assertThat(result.failures()).extracting(Failure::reason).containsExactly(Failure.Reason.NO_WEBSITE);
        assertThat(result.pagesFetched()).isZero();
    }

    record Crawl(ArtistSourceResult result, List<String> requests) {
        List<Failure.Reason> reasons() {
            return result.failures().stream().map(Failure::reason).toList();
        }

        List<String> handles() {
            return result.candidates().stream().map(ArtistCandidate::instagramHandle).toList();
        }
    }

    static Crawl crawl(String siteKey, PluginContext context) {
        try (SiteServer server = SiteServer.start(siteKey)) {
            ArtistSourceResult result = new StudioWebsiteSource().findArtists(
                    new StudioRef(siteKey, siteKey, Optional.of(server.baseUri() + "/"), "Leeds"), context);
            return new Crawl(result, server.requests().stream().map(Fixture.RecordedRequest::pathAndQuery).toList());
        }
    }
}
