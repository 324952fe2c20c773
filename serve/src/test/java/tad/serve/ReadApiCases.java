package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webclient.http1.Http1Client;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read endpoints: search, profile, styles, health, caching. Run in memory and on a real port. */
abstract class ReadApiCases extends ApiContract {

    ReadApiCases(Http1Client client) {
        super(client);
    }

    @Test
    void searchAnswersTheDocumentedShapeWithFacets() {
        Reply reply = get("/api/artists?style=blackwork&style=neo-traditional&city=leeds&size=5");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.path("page").asInt()).isEqualTo(1);
        assertThat(body.path("size").asInt()).isEqualTo(5);
        assertThat(ids(body)).contains(TestWorld.ANN.artistId());
        JsonNode ann = body.path("items").get(0);
        assertThat(ann.path("instagramHandle").asText()).isEqualTo("ink.by.ann");
        assertThat(ann.path("studio").path("city").asText()).isEqualTo("Leeds");
        assertThat(ann.path("studio").path("lat").isNumber()).isTrue();
        assertThat(ann.path("thumbnailUrl").asText()).isEqualTo("/media/a/src-ink.by.ann/thumb.webp");
        assertThat(body.path("facets").path("styles").path("blackwork").asLong()).isPositive();
    }

    @Test
    void availabilityFiltersWithOrAndCountsFacetsOnTodaysDate() {
        JsonNode flash = get("/api/artists?availability=flash").json();
        assertThat(ids(flash)).containsExactly(TestWorld.ANN.artistId());
        JsonNode either = get("/api/artists?availability=flash&availability=guest-spot").json();
        assertThat(ids(either)).containsExactlyInAnyOrder(TestWorld.ANN.artistId(), TestWorld.SAM.artistId());
        assertThat(either.path("facets").path("availability").path("flash").asLong()).isEqualTo(1);
        assertThat(either.path("facets").path("availability").path("guest-spot").asLong()).isEqualTo(1);
        // books-open was said 61 days ago: expired today, so neither a match nor a facet
        assertThat(ids(get("/api/artists?availability=books-open").json())).isEmpty();
        assertThat(flash.path("facets").path("availability").has("books-open")).isFalse();
        assertThat(ids(get("/api/artists?availability=guest-spot&style=blackwork").json())).isEmpty();
    }

    @Test
    void itemsAndProfilesShowWhatHoldsTodayWithItsEvidenceAndPlace() {
        JsonNode items = get("/api/artists?availability=guest-spot").json().path("items");
        JsonNode spot = items.get(0).path("availability").get(0);
        assertThat(spot.path("kind").asText()).isEqualTo("guest-spot");
        assertThat(spot.path("from").asText()).isEqualTo(TestWorld.TODAY.plusDays(20).toString());
        assertThat(spot.path("until").asText()).isEqualTo(TestWorld.TODAY.plusDays(22).toString());
        assertThat(spot.path("place").asText()).isEqualTo("Manchester");
        assertThat(spot.path("evidence").asText()).isEqualTo("Guesting in Manchester, DM to book");
        assertThat(spot.path("location").path("lat").asDouble()).isBetween(53.3, 53.7); // the gazetteer's Manchester

        JsonNode ann = get("/api/artists/" + TestWorld.ANN.artistId()).json().path("availability");
        assertThat(ann).hasSize(1);
        assertThat(ann.get(0).path("kind").asText()).isEqualTo("flash");
        assertThat(ann.get(0).path("from").asText()).isEqualTo(TestWorld.TODAY.plusDays(5).toString());
    }

    @Test
    void anUnknownAvailabilityIsABadRequestNamingTheParameter() {
        assertProblem(get("/api/artists?availability=walk-ins"), 400, "availability");
        assertProblem(get("/api/artists?availability=books-closed"), 400, "availability");
    }

    @Test
    void searchListsNoStaleOrDenylistedArtist() {
        JsonNode body = get("/api/artists?style=blackwork&size=100").json();

        assertThat(ids(body)).contains(TestWorld.ANN.artistId())
                .doesNotContain(TestWorld.STALE.artistId(), TestWorld.DENIED.artistId());
        assertThat(body.path("total").asLong()).isEqualTo(ids(body).size());
    }

    @Test
    void anArtistWithdrawnAMomentAgoIsGoneFromTheVeryNextSearchAndProfile() {
        TestWorld world = TestWorld.get();
        String id = TestWorld.SOON_DENIED.artistId();
        assertThat(ids(get("/api/artists?q=zebra").json())).contains(id);

        // what an approval does: out of the index, then denylisted (IndexUpdater.withdraw orders the two)
        world.sync.withdraw(id, () -> world.denylist.addHandle(TestWorld.SOON_DENIED.instagramHandle()));
        try {
            assertThat(ids(get("/api/artists?q=zebra").json())).doesNotContain(id);
            assertProblem(get("/api/artists/" + id), 404, null);
        } finally {
            // the world is shared by the in-memory and the real-port runs of these cases
            world.denylist.removeHandle(TestWorld.SOON_DENIED.instagramHandle());
            world.sync.artistChanged(id);
            world.sync.flush();
        }
    }

    @Test
    void invalidSearchParametersAreProblemsNamingTheParameter() {
        assertProblem(get("/api/artists?style=not-a-style"), 400, "style");
        assertProblem(get("/api/artists?size=0"), 400, "size");
        assertProblem(get("/api/artists?size=101"), 400, "size");
        assertProblem(get("/api/artists?size=ten"), 400, "size");
        assertProblem(get("/api/artists?page=0"), 400, "page");
        assertProblem(get("/api/artists?page=1000&size=100"), 400, "page");
        assertProblem(get("/api/artists?radiusKm=5"), 400, "radiusKm");
        assertProblem(get("/api/artists?near=53.8,-1.5&radiusKm=501"), 400, "radiusKm");
        assertProblem(get("/api/artists?near=53.8,-1.5&radiusKm=0"), 400, "radiusKm");
        assertProblem(get("/api/artists?near=91,0"), 400, "near");
        assertProblem(get("/api/artists?near=abc"), 400, "near");
        assertProblem(get("/api/artists?bbox=1,2,3"), 400, "bbox");
        assertProblem(get("/api/artists?bbox=5,50,-5,55"), 400, "bbox");
        assertProblem(get("/api/artists?sort=distance"), 400, "sort");
        assertProblem(get("/api/artists?sort=cheapest"), 400, "sort");
        assertProblem(get("/api/artists?q=" + "x".repeat(201)), 400, "q");
        assertProblem(get("/api/artists?q=a&q=b"), 400, "q");
    }

    @Test
    void nearbySearchSortedByDistanceWorks() {
        Reply reply = get("/api/artists?near=53.8,-1.55&radiusKm=25&sort=distance");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply.json())).contains(TestWorld.ANN.artistId());
    }

    @Test
    void aProfileHasEverythingThePageShows() {
        Reply reply = get("/api/artists/" + TestWorld.ANN.artistId());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode profile = reply.json();
        assertThat(profile.path("name").asText()).isEqualTo("Name of ink.by.ann");
        assertThat(profile.path("instagramUrl").asText()).isEqualTo("https://www.instagram.com/ink.by.ann/");
        assertThat(profile.path("studios").get(0).path("address").asText()).isEqualTo("1 Briggate, Leeds");
        assertThat(profile.path("studios").get(0).path("location").path("lat").asDouble()).isEqualTo(53.7997);
        assertThat(profile.path("styles").findValuesAsText("label")).containsExactly("Neo-traditional", "Blackwork");
        JsonNode image = profile.path("images").get(0);
        assertThat(image.path("alt").asText()).isNotBlank();
        assertThat(image.path("width").asInt()).isEqualTo(1080);
        assertThat(image.path("sizes")).hasSize(2);
        assertThat(profile.path("profilePicture").path("width").asInt()).isEqualTo(150);
        assertThat(profile.path("lastUpdated").asText()).isEqualTo("2026-11-01T10:00:00Z");
    }

    @Test
    void aProfileSaysWhereEachPartCameFrom() {
        JsonNode profile = get("/api/artists/" + TestWorld.SAM.artistId()).json();

        // from Instagram
        assertThat(profile.path("bio").asText()).isEqualTo("bio #sam_fineline");
        assertThat(profile.path("images")).hasSize(1);
        // from the studio's website, apart
        JsonNode website = profile.path("website");
        assertThat(website.path("source").asText()).isEqualTo("studio-website");
        assertThat(website.path("studioName").asText()).isEqualTo("Studio place-1");
        assertThat(website.path("page").asText()).isEqualTo("http://127.0.0.1:1/artists/sam_fineline");
        assertThat(website.path("bio").asText()).isEqualTo("Books open for fine line <b>florals</b> & script.");
        assertThat(website.path("specialisms")).extracting(JsonNode::asText).containsExactly("Fine line", "Script");
        assertThat(website.path("images")).hasSize(2);
        assertThat(website.path("images").get(0).path("sizes")).hasSize(2);
        assertThat(website.path("portrait").path("sizes").get(0).path("url").asText()).startsWith("/media/");
        assertThat(get("/api/artists/" + TestWorld.ANN.artistId()).json().path("website").isNull()).isTrue();
    }

    @Test
    void eachStyleKeepsItsEvidenceFromEverySourceApart() {
        JsonNode styles = get("/api/artists/" + TestWorld.SAM.artistId()).json().path("styles");

        assertThat(styles).hasSize(1);
        assertThat(styles.get(0).path("slug").asText()).isEqualTo("fine-line");
        assertThat(styles.get(0).path("evidence")).extracting(e -> e.path("source").asText() + " | "
                + e.path("text").asText()).containsExactly("instagram bio | #finelinetattoo",
                "instagram caption 2 | <script>alert(1)</script> fine line", "studio-website specialisms | Fine line");
        // stored before sources were named: the place alone
        JsonNode ann = find(get("/api/artists/" + TestWorld.ANN.artistId()).json().path("styles"), "blackwork");
        assertThat(ann.path("evidence")).hasSize(1);
        assertThat(ann.path("evidence").get(0).path("source").asText()).isEqualTo("bio");
        assertThat(ann.path("evidence").get(0).path("text").asText()).isEqualTo("#blackwork");
    }

    @Test
    void unknownStaleDenylistedAndMalformedProfilesAre404() {
        assertProblem(get("/api/artists/a0000000000000ff"), 404, null);
        assertProblem(get("/api/artists/" + TestWorld.STALE.artistId()), 404, null);
        assertProblem(get("/api/artists/" + TestWorld.DENIED.artistId()), 404, null);
        assertProblem(get("/api/artists/%27%20OR%201=1--"), 404, null);
    }

    @Test
    void stylesListsTheWholeTaxonomyWithCounts() {
        JsonNode styles = get("/api/styles").json();

        assertThat(styles).hasSize(23);
        assertThat(styles.get(0).path("slug").asText()).isEqualTo("traditional");
        assertThat(styles.findValuesAsText("slug")).contains("fine-line", "black-and-grey", "sketch");
        JsonNode fineLine = find(styles, "fine-line");
        assertThat(fineLine.path("label").asText()).isEqualTo("Fine line");
        assertThat(fineLine.path("count").asLong()).isEqualTo(1);
        assertThat(fineLine.path("description").asText()).startsWith("Thin, delicate lines");
        assertThat(fineLine.path("examples").findValuesAsText("artistId")).containsExactly(TestWorld.SAM.artistId());
        // the index still holds a stale and a denylisted blackwork artist: neither is an example
        assertThat(find(styles, "blackwork").path("examples").findValuesAsText("artistId"))
                .containsExactly(TestWorld.ANN.artistId());
        assertThat(find(styles, "blackwork").path("examples").get(0).path("url").asText()).startsWith("/media/");
    }

    @Test
    void healthReportsTheStoreAndTheIndex() {
        Reply reply = get("/api/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("readiness").asText()).isEqualTo("UP");
        assertThat(reply.json().path("checks").path("store").asText()).isEqualTo("UP");
        assertThat(reply.json().path("checks").path("index").asText()).isEqualTo("UP");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void readsCarryCacheHeadersAndAnswer304ToAMatchingETag() {
        Reply first = get("/api/artists/" + TestWorld.ANN.artistId());
        String etag = first.header("ETag");

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("Cache-Control")).contains("max-age=");
        Reply again = get("/api/artists/" + TestWorld.ANN.artistId(), "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/styles", "If-None-Match", "\"other\"").status()).isEqualTo(200);
    }

    static List<String> ids(JsonNode search) {
        List<String> ids = new ArrayList<>();
        search.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode styles, String slug) {
        for (JsonNode style : styles) {
            if (style.path("slug").asText().equals(slug)) {
                return style;
            }
        }
        throw new AssertionError("no style " + slug);
    }
}
