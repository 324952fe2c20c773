package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.store.Fixtures;

/**
 * What search engines read, through the real routes: robots.txt, the sitemap made from the index (a purged artist
 * leaves it at once), and the profile page's head with its schema.org Person.
 */
@RoutingTest
class SeoRoutingTest extends ApiContract {
    private static final SchemaOrgRules RULES = new SchemaOrgRules();

    SeoRoutingTest(DirectClient client) {
        super(client);
    }

    @Test
    void robotsKeepsCrawlersOffTheApiAndNamesTheSitemap() {
        Reply reply = get("/robots.txt");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/plain");
        assertThat(reply.body()).contains("User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /remove/\n")
                .endsWith("Sitemap: " + TestWorld.SITE + "/sitemap.xml\n");
    }

    @Test
    void theSitemapListsTheSiteAndTheIndexedArtistsAndAPurgedArtistLeavesIt() {
        Artist artist = Fixtures.artist("sitemap.purge." + System.nanoTime(), Set.of("sketch"), "Leeds", Set.of());
        var index = TestWorld.get().writer;
        index.upsert(TestWorld.document(artist, null));
        index.refresh();
        String loc = TestWorld.SITE + "/artists/" + artist.artistId();

        Reply reply = get("/sitemap.xml");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/xml");
        Document xml = Jsoup.parse(reply.body(), Parser.xmlParser());
        List<String> locs = xml.select("urlset > url > loc").eachText();
        assertThat(locs).contains(TestWorld.SITE + "/", TestWorld.SITE + "/styles/", TestWorld.SITE + "/about/",
                TestWorld.SITE + "/?style=blackwork", TestWorld.SITE + "/artists/" + TestWorld.ANN.artistId(), loc);
        assertThat(xml.select("url").stream().filter(u -> u.selectFirst("loc").text().equals(loc)).findFirst()
                .orElseThrow().selectFirst("lastmod").text()).isEqualTo(artist.updatedAt().toString());
        Reply again = get("/sitemap.xml", "If-None-Match", reply.header("ETag"));
        assertThat(again.status()).isEqualTo(304);

        index.delete(artist.artistId()); // what the purge does to the index
        index.refresh();

        Reply after = get("/sitemap.xml", "If-None-Match", reply.header("ETag"));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).doesNotContain(artist.artistId());
        assertThat(get("/sitemaps/pages.xml").status()).isEqualTo(404); // one file at this size: no parts
    }

    @Test
    void aProfilePageSaysWhoTheArtistIsInItsHead() throws IOException {
        Document page = Jsoup.parse(get("/artists/" + TestWorld.ANN.artistId()).body());

        assertThat(page.title()).isEqualTo("Name of ink.by.ann — tattoo artist in Leeds · Tattoo Artist Directory");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(TestWorld.SITE + "/artists/" + TestWorld.ANN.artistId());
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("profile");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(TestWorld.SITE + "/media/x/p.webp");
        JsonNode person = Json.MAPPER.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(RULES.problems(person)).isEmpty();
        assertThat(person.path("sameAs").get(0).asText()).isEqualTo("https://www.instagram.com/ink.by.ann/");
        assertThat(person.path("worksFor").path("name").asText()).isEqualTo("Studio place-1");
        // an artist the API does not show gets no head of their own
        String stale = get("/artists/" + TestWorld.STALE.artistId()).body();
        assertThat(stale).doesNotContain("application/ld+json").doesNotContain("rel=\"canonical\"");
    }
}
