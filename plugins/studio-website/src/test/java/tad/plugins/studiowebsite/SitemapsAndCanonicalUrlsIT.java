package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;
import tad.plugin.StudioRef;
import tad.samplecity.Fixture;
import tad.samplecity.SiteServer;

/**
 * Sitemap indexes and gzipped sitemaps named by robots.txt, read roster-first; and a start page handed over with
 * Google's tracking parameters, fetched once under its canonical address. Checked from the server's request log.
 */
class SitemapsAndCanonicalUrlsIT {
    private static final String CARD = "<div class=\"card\"><h3>%s</h3><a href=\"https://instagram.com/%s\">Instagram</a>"
            + "</div>";

    @TempDir
    Path site;

    @Test
    void aGzippedTeamSitemapInAnIndexNamedByRobotsTxtLeadsToARosterNoMenuLinks() throws IOException {
        Files.writeString(site.resolve("index.html"), "<html><body><h1>Harbour Ink</h1><p>Walk-ins welcome.</p>"
                + "<a href=\"/news\">News</a></body></html>");
        Files.writeString(site.resolve("news.html"), "<html><body><p>Opening hours change in May.</p></body></html>");
        Files.createDirectories(site.resolve("team"));
        Files.writeString(site.resolve("team/mara-quill.html"), "<html><body>" + CARD.formatted("Mara Quill",
                "mara.inkwell") + "</body></html>");
        try (SiteServer server = SiteServer.startFromDirectory(site)) {
            String base = server.baseUri().toString();
            Files.writeString(site.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + base
                    + "/sitemap_index.xml\n");
            Files.writeString(site.resolve("sitemap_index.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <sitemap><loc>%1$s/post-sitemap.xml</loc></sitemap>
                      <sitemap><loc>%1$s/team-sitemap.xml.gz</loc></sitemap>
                    </sitemapindex>
                    """.formatted(base));
            Files.writeString(site.resolve("post-sitemap.xml"), urlset(base + "/news"));
            Files.write(site.resolve("team-sitemap.xml.gz"), gzip(urlset(base + "/team/mara-quill")));

            ArtistSourceResult result = find(server, "/", Map.of("max-sitemaps", "2"));
            List<String> paths = paths(server);
            assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle).containsExactly("mara.inkwell");
            assertThat(paths).startsWith("/robots.txt", "/sitemap_index.xml", "/team-sitemap.xml.gz", "/",
                    "/team/mara-quill");
            assertThat(paths).as("the index's other child is over max-sitemaps").doesNotContain("/post-sitemap.xml");
        }
    }

    @Test
    void aStartPageWithTrackingParametersIsFetchedOnceUnderItsCanonicalAddress() throws IOException {
        Files.writeString(site.resolve("index.html"), "<html><body><nav><a href=\"/\">Home</a> "
                + "<a href=\"/index.html\">Home again</a> <a href=\"/artists/#top\">Artists</a></nav></body></html>");
        Files.createDirectories(site.resolve("artists"));
        Files.writeString(site.resolve("artists/index.html"), "<html><body>" + CARD.formatted("Tobias Fenn",
                "tobias.linework") + "<a href=\"/artists?utm_source=newsletter&amp;fbclid=x\">Our artists</a>"
                + "</body></html>");
        try (SiteServer server = SiteServer.startFromDirectory(site)) {
            ArtistSourceResult result = find(server, "/?utm_source=google&utm_medium=organic&gclid=abc", Map.of(
                    "stop-after-roster", "false"));
            assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle).containsExactly("tobias.linework");
            assertThat(paths(server)).containsExactly("/robots.txt", "/sitemap.xml", "/", "/artists/");
        }
    }

    private ArtistSourceResult find(SiteServer server, String start, Map<String, String> config) {
        return new StudioWebsiteSource().findArtists(new StudioRef("s", "Harbour Ink", Optional.of(server.baseUri()
                + start), "Leeds"), TestContexts.with(config));
    }

    private static List<String> paths(SiteServer server) {
        return server.requests().stream().map(Fixture.RecordedRequest::pathAndQuery).toList();
    }

    private static String urlset(String url) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + url + "</loc></url></urlset>\n";
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
