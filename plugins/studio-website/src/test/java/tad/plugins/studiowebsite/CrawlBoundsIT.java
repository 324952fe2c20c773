package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;
import tad.plugin.PageVisit;
import tad.plugin.StudioRef;
import tad.samplecity.Fixture;
import tad.samplecity.SiteServer;

/** The crawl is bounded by its page budget, reads roster pages first, stops early, and leaves no storage behind. */
class CrawlBoundsIT {

    @Test
    void readsRosterPagesFirstAndStopsSoonAfter(@TempDir Path site) throws Exception {
        StringBuilder home = new StringBuilder("<html><body><nav>");
        for (int i = 0; i < 20; i++) {
            home.append("<a href=\"/news-").append(i).append("\">News ").append(i).append("</a> ");
            Files.writeString(site.resolve("news-" + i + ".html"), "<html><body><p>news</p></body></html>");
        }
        home.append("<a href=\"/our-artists\">Our artists</a></nav></body></html>");
        Files.writeString(site.resolve("index.html"), home.toString());
        Files.writeString(site.resolve("our-artists.html"), "<html><body><div><h3>Mara Quill</h3>"
                + "<a href=\"https://instagram.com/mara.inkwell\">Instagram</a></div></body></html>");
        try (SiteServer server = SiteServer.startFromDirectory(site)) {
            ArtistSourceResult result = find(server, TestContexts.fast());
            List<String> paths = server.requests().stream().map(Fixture.RecordedRequest::pathAndQuery).toList();
            assertThat(paths).startsWith("/robots.txt", "/sitemap.xml", "/", "/our-artists");
            assertThat(result.pagesFetched()).isLessThanOrEqualTo(4);
            assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle).containsExactly("mara.inkwell");
        }
    }

    @Test
    void neverFetchesMoreThanThePageBudget(@TempDir Path site, @TempDir Path dataDir) throws Exception {
        StringBuilder home = new StringBuilder("<html><body>");
        for (int i = 0; i < 30; i++) {
            home.append("<a href=\"/page-").append(i).append("\">Page ").append(i).append("</a> ");
            Files.writeString(site.resolve("page-" + i + ".html"), "<html><body><p>page</p></body></html>");
        }
        Files.writeString(site.resolve("index.html"), home.append("</body></html>").toString());
        try (SiteServer server = SiteServer.startFromDirectory(site)) {
            ArtistSourceResult result = find(server, TestContexts.with(Map.of("page-budget", "5",
                    "data-dir", dataDir.toString())));
            assertThat(result.pagesFetched()).isEqualTo(5);
            assertThat(server.requests()).extracting(Fixture.RecordedRequest::pathAndQuery)
                    .hasSize(7).startsWith("/robots.txt", "/sitemap.xml");
            assertThat(result.visits()).filteredOn(visit -> visit.status() == PageVisit.Status.SKIPPED)
                    .extracting(PageVisit::reason).contains("page budget (5 pages) reached");
        }
        try (var leftovers = Files.list(dataDir)) {
            assertThat(leftovers).as("crawl storage is deleted").isEmpty();
        }
    }

    private static ArtistSourceResult find(SiteServer server, tad.plugin.PluginContext context) {
        return new StudioWebsiteSource().findArtists(new StudioRef("bounds", "Bounds Studio",
                Optional.of(server.baseUri() + "/"), "Leeds"), context);
    }
}
