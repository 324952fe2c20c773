package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.store.Fixtures;

/**
 * The profile page's first view: {@code GET /artists/{id}} answers the web app's profile page with the artist's
 * header, bio and gallery, and the profile JSON, written into its slot, for exactly the artists the API shows.
 * Pages are read with jsoup, an HTML5 parser that tokenises script elements as browsers do. Run in memory and on a
 * real port.
 */
abstract class WebAppPageCases extends ApiContract {
    private static final AtomicInteger FRESH = new AtomicInteger();

    WebAppPageCases(Http1Client client) {
        super(client);
    }

    @Test
    void aVisibleArtistsPageCarriesTheFirstViewAndTheProfileJson() {
        String id = TestWorld.ANN.artistId();
        Reply reply = get("/artists/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        Element slot = slot(reply.body());
        assertThat(slot.select("h1#artist-name.profile-name").text()).isEqualTo("Name of ink.by.ann");
        Element avatar = slot.selectFirst("header.profile-header img.profile-avatar");
        assertThat(avatar.attr("src")).isEqualTo("/media/x/p.webp");
        assertThat(List.of(avatar.attr("width"), avatar.attr("height"), avatar.attr("fetchpriority")))
                .containsExactly("150", "150", "high");
        assertThat(slot.select("p.profile-meta").text()).isEqualTo("@ink.by.ann · Studio place-1, Leeds");
        assertThat(slot.select("a.profile-tag").eachAttr("href")).containsExactly("/?style=neo-traditional",
                "/?style=blackwork");
        assertThat(slot.select("a.profile-cta").attr("href")).isEqualTo("https://www.instagram.com/ink.by.ann/");
        assertThat(slot.select("a.profile-removal").attr("href"))
                .isEqualTo("/remove/?artist=" + id + "&handle=ink.by.ann");
        assertThat(slot.select("p.profile-bio").text()).isEqualTo("bio #ink.by.ann");
        Element tile = slot.selectFirst("ul.profile-grid button.profile-tile img");
        assertThat(tile.attr("srcset")).isEqualTo("/media/a/src-ink.by.ann/thumb.webp 320w, "
                + "/media/a/src-ink.by.ann/large.webp 1080w");
        assertThat(List.of(tile.attr("width"), tile.attr("height"), tile.attr("loading")))
                .containsExactly("320", "320", "eager");
        // the embedded JSON is the API's answer, value for value
        assertThat(embeddedJson(slot)).isEqualTo(get("/api/artists/" + id).json());
        assertThat(slot(get("/artists/" + id + "/").body()).select("h1").text()).isEqualTo("Name of ink.by.ann");
    }

    @Test
    void unknownStaleDenylistedOrMalformedArtistsGetThePageAsBuiltWith404() throws IOException {
        String asBuilt = Files.readString(TestWorld.get().webDir.resolve("artists/index.html"));
        for (String id : List.of("a0000000000000ff", TestWorld.STALE.artistId(), TestWorld.DENIED.artistId(),
                TestWorld.ANN.artistId().toUpperCase(java.util.Locale.ROOT), "x_y")) {
            Reply reply = get("/artists/" + id);

            assertThat(reply.status()).as(id).isEqualTo(404);
            assertThat(reply.body()).as(id).isEqualTo(asBuilt);
            assertThat(reply.header("Cache-Control")).as(id).isEqualTo("public, max-age=0, must-revalidate");
            assertThat(get("/api/artists/" + id).status()).as(id).isEqualTo(404);
        }
    }

    @Test
    void theFirstViewSaysWhereEachPartCameFrom() {
        Element slot = slot(get("/artists/" + TestWorld.SAM.artistId()).body());

        assertThat(slot.select("#bio-heading + p.profile-bio").text()).isEqualTo("bio #sam_fineline");
        Element website = slot.selectFirst("section[aria-labelledby=website-heading]");
        assertThat(website.select("p.profile-bio").first().wholeText())
                .isEqualTo("Books open for fine line <b>florals</b> & script.");
        assertThat(website.select("ul.profile-specialisms li").eachText()).containsExactly("Fine line", "Script");
        assertThat(slot.select("p.profile-source").eachText()).containsExactly("From Instagram",
                "From the studio’s website: Studio place-1", "From Instagram", "From the studio’s website");
        assertThat(website.select("p.profile-source a").attr("href"))
                .isEqualTo("http://127.0.0.1:1/artists/sam_fineline");
        assertThat(slot.select("section[aria-labelledby=site-gallery-heading] button.profile-tile")).hasSize(2);
        assertThat(embeddedJson(slot)).isEqualTo(get("/api/artists/" + TestWorld.SAM.artistId()).json());
    }

    @Test
    void hostileScrapedTextStaysText() {
        Reply reply = get("/artists/" + TestWorld.HOSTILE.artistId());
        Document page = Jsoup.parse(reply.body());
        Element slot = page.getElementById(ProfileFirstView.SLOT_ID);

        // read back as a browser would: the same text, no element or attribute from it
        assertThat(slot.select("h1").text()).isEqualTo(TestWorld.HOSTILE_NAME);
        assertThat(slot.select("p.profile-bio").first().wholeText()).isEqualTo(TestWorld.HOSTILE_BIO);
        // the studio website's part: its text as text, its script address not a link
        assertThat(slot.select("#website-heading ~ p.profile-bio").first().wholeText()).isEqualTo(TestWorld.HOSTILE_BIO);
        assertThat(slot.select("ul.profile-specialisms li").text()).isEqualTo(TestWorld.HOSTILE_NAME);
        assertThat(slot.select("a[href^=javascript]")).isEmpty();
        assertThat(get("/api/artists/" + TestWorld.HOSTILE.artistId()).json().path("website").path("page").isNull())
                .isTrue();
        assertThat(slot.select("img.profile-avatar").attr("alt")).isEqualTo("Profile picture of " + TestWorld.HOSTILE_NAME);
        assertThat(slot.select("button.profile-tile").attr("aria-label"))
                .isEqualTo("Open image 1 of 1: \"><script>alert(4)</script>");
        // the embedded profile and the structured data; neither is ever executed
        assertThat(page.select("script").eachAttr("type")).containsExactlyInAnyOrder("application/json",
                "application/ld+json");
        assertThat(page.select("b, p[onclick], img[src=x]")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(page.select("main > *")).hasSize(2); // the slot and the skeleton: nothing escaped the slot
        // the JSON survives the script element intact, and no '<' is left in it for a tag to start from
        Element json = slot.selectFirst("script#" + ProfileFirstView.DATA_ID);
        assertThat(json.data()).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .doesNotContain("\u2028");
        assertThat(embeddedJson(slot)).isEqualTo(get("/api/artists/" + TestWorld.HOSTILE.artistId()).json());
        assertThat(embeddedJson(slot).path("name").asText()).isEqualTo(TestWorld.HOSTILE_NAME);
        assertThat(slot.selectFirst("span.profile-video")).isNotNull();
    }

    @Test
    void thePageIsCachedByItsContentAndChangesWhenTheArtistIsRemoved() {
        Artist artist = freshArtist();
        String path = "/artists/" + artist.artistId();
        Reply first = get(path);
        String etag = first.header("ETag");

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        assertThat(first.header("Vary")).contains("Accept-Encoding");
        Reply again = get(path, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        TestWorld.get().denylist.addHandle(artist.instagramHandle());

        // the profile read is fresh on every request: the very next one is not found
        Reply afterRemoval = get(path, "If-None-Match", etag);
        assertThat(afterRemoval.status()).isEqualTo(404);
        assertThat(afterRemoval.body()).doesNotContain(ProfileFirstView.DATA_ID).doesNotContain(artist.instagramHandle());
        assertThat(afterRemoval.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void theFirstViewPageIsGzippedForClientsThatAcceptIt() {
        String path = "/artists/" + TestWorld.ANN.artistId();
        Raw plain = raw(path, "identity");
        Raw gzip = raw(path, "br, gzip;q=0.8");

        assertThat(plain.encoding()).isNull();
        assertThat(gzip.encoding()).isEqualTo("gzip");
        assertThat(gzip.vary()).contains("Accept-Encoding");
        assertThat(gunzip(gzip.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(gzip.etag()).isNotEqualTo(plain.etag());
        assertThat(raw(path, "br, gzip;q=0.8").etag()).isEqualTo(gzip.etag()); // same bytes, same tag
        // a page without a first view still gets the build's own precompressed page
        Raw bare = raw("/artists/", "gzip");
        assertThat(bare.encoding()).isEqualTo("gzip");
        assertThat(gunzip(bare.body())).contains(ProfileFirstView.SLOT).doesNotContain("<article");
    }

    @Test
    void otherPagesAreServedAsBuilt() {
        assertThat(get("/404.html").body()).isEqualTo("<!doctype html><title>not found</title>");
        assertThat(get("/artists/").body()).doesNotContain("<article").contains(ProfileFirstView.SLOT);
        assertThat(get("/artists/" + TestWorld.ANN.artistId() + "/extra").status()).isEqualTo(404);
        assertThat(get("/artists/" + "a".repeat(65)).status()).isEqualTo(404);
    }

    private static Element slot(String html) {
        return firstViewSlot(html, ProfileFirstView.SLOT_ID, "article.profile");
    }

    private static JsonNode embeddedJson(Element slot) {
        return embeddedJson(slot, ProfileFirstView.DATA_ID);
    }

    /** A visible artist of this test alone (the cases run twice against one shared store). */
    private static Artist freshArtist() {
        String handle = "fresh.artist." + FRESH.incrementAndGet() + "." + System.nanoTime();
        Artist artist = Fixtures.artist(handle, Set.of("sketch"), "Leeds", Set.of());
        TestWorld.get().deps.artists().upsertArtist(artist, List.of(Fixtures.image("src-" + handle, 0)));
        return artist;
    }

    private record Raw(byte[] body, String encoding, String vary, String etag) {
    }

    private Raw raw(String path, String acceptEncoding) {
        try (Http1ClientResponse response = client.get(path).header(HeaderNames.ACCEPT_ENCODING, acceptEncoding)
                .header(HeaderNames.X_FORWARDED_FOR, newClientAddress()).request()) {
            return new Raw(response.entity().as(byte[].class),
                    response.headers().first(HeaderNames.CONTENT_ENCODING).orElse(null),
                    response.headers().first(HeaderNames.VARY).orElse(""),
                    response.headers().first(HeaderNames.ETAG).orElse(null));
        }
    }

    private static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }
}
