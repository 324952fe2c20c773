package tad.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchReaderContract;
import tad.core.search.SearchWriterContract;
import tad.core.search.SearchResult;
import tad.plugin.GeoPoint;

/**
 * Both sides' contracts on a real OpenSearch 3.x node (started by {@link OpenSearchNode}, once for the class and its
 * nested {@link Reads}): the writer's here, the reader's in {@link Reads}.
 */
class OpenSearchSearchIndexIT extends SearchWriterContract {
    @RegisterExtension
    static final OpenSearchNode NODE = new OpenSearchNode();

    private static final OpenSearchIndexSettings SETTINGS = OpenSearchIndexSettings.singleNode("tad-artists-it");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Sides open() {
        return Sides.of(OpenSearchSearchIndex.connect(NODE.endpoint(), SETTINGS));
    }

    /** The reader's contract on the same node, in an index of its own. */
    @Nested
    class Reads extends SearchReaderContract {
        @Override
        protected Sides open() {
            return Sides.of(OpenSearchSearchIndex.connect(NODE.endpoint(),
                    OpenSearchIndexSettings.singleNode("tad-artists-it-reads")));
        }
    }

    @Test
    void anUpsertIsSearchableWithinTheRefreshIntervalWithoutRefresh() throws InterruptedException {
        writer.upsert(new ArtistDocument("z1", "Quentin Zabriskie", null, "", List.of(), "Leeds", "GB",
                new GeoPoint(53.8, -1.55), List.of("blackwork"), List.of("Blackwork"), null, null,
                Instant.parse("2026-02-01T00:00:00Z")));
        long deadline = System.nanoTime() + 3_000_000_000L; // the default refresh interval is 1 s
        while (hits("zabriskie") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(hits("zabriskie")).isEqualTo(1);
    }

    @Test
    void expungeDeletesKeepsTheOtherArtists() {
        writer.delete("a05");
        writer.expungeDeletes();
        assertThat(reader.count()).isEqualTo(29);
        assertThat(hits("mandala")).isZero();
    }

    private long hits(String text) {
        return reader.search(ArtistQuery.builder().text(text).build()).total();
    }

    @Test
    void theIndexKeepsInSourceOnlyWhatListingsReadBack() throws IOException, InterruptedException {
        JsonNode stored = get("/" + SETTINGS.indexName() + "/_doc/a05").get("_source");
        List<String> fields = new ArrayList<>();
        stored.fieldNames().forEachRemaining(fields::add);

        assertThat(fields).containsExactlyInAnyOrder("artistId", "updatedAt");
        assertThat(hits("mandala")).as("the bio is searchable though not kept").isEqualTo(1);
        assertThat(reader.search(ArtistQuery.builder().text("mandala").build()).items()).singleElement()
                .satisfies(hit -> assertThat(hit.name()).as("the item comes from its doc value").isNotBlank());
        assertThat(reader.listing(null, 2)).hasSize(2);
    }

    @Test
    void aSearchIsOneQueryPhaseAndOneFetchPhaseOnTheNode() throws IOException, InterruptedException {
        JsonNode before = searchStats();
        SearchResult page = reader.search(ArtistQuery.builder().style("realism").sort(tad.core.search.SortOrder.UPDATED)
                .build());
        JsonNode after = searchStats();

        assertThat(page.items()).isNotEmpty();
        assertThat(page.styleFacets()).isNotEmpty();
        assertThat(after.get("query_total").asLong() - before.get("query_total").asLong()).isEqualTo(1);
        assertThat(after.get("fetch_total").asLong() - before.get("fetch_total").asLong())
                .as("the page's items come with the one fetch phase, none per hit").isEqualTo(1);
    }

    @Test
    void anIndexCreatedBeforeTheItemDocValueStillShowsItsOlderDocuments() throws IOException, InterruptedException {
        String legacy = "tad-artists-before-item";
        send("DELETE", "/" + legacy + "?ignore_unavailable=true", null);
        send("PUT", "/" + legacy, resource("index-before-item.json"));
        send("PUT", "/" + legacy + "/_doc/old1?refresh=true", resource("document-before-item.json"));

        try (OpenSearchSearchIndex opened = OpenSearchSearchIndex.connect(NODE.endpoint(), OpenSearchIndexSettings.singleNode(legacy))) {
            opened.upsert(new ArtistDocument("new1", "Ottilie Hart", "ottilie.hart", "", List.of(), "Leeds", "GB",
                    new GeoPoint(53.8, -1.55), List.of("blackwork"), List.of("Blackwork"), null, null,
                    Instant.parse("2026-02-01T00:00:00Z")));
            opened.refresh();
            SearchResult result = opened.search(ArtistQuery.builder().text("ottilie").today(LocalDate.parse("2026-12-07"))
                    .build());

            assertThat(result.items()).extracting(ArtistHit::id).containsExactlyInAnyOrder("new1", "old1");
            ArtistHit old = result.items().stream().filter(hit -> hit.id().equals("old1")).findFirst().orElseThrow();
            ArtistHit added = result.items().stream().filter(hit -> hit.id().equals("new1")).findFirst().orElseThrow();
            assertThat(old.name()).as("read from the older _source.show").isEqualTo("Ottilie Marsh");
            assertThat(old.studio().name()).isEqualTo("Kirkgate Ink");
            assertThat(old.availability()).singleElement().satisfies(a -> assertThat(a.evidence()).isEqualTo("flash sheet up"));
            assertThat(added.name()).as("read from its item doc value").isEqualTo("Ottilie Hart");
        }
    }

    private static String resource(String name) throws IOException {
        try (var in = OpenSearchSearchIndexIT.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(NODE.endpoint().resolve(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isLessThan(300);
    }

    /** The index's search counters, from the node's own statistics (one shard, so per-shard phases count once). */
    private static JsonNode searchStats() throws IOException, InterruptedException {
        return get("/" + SETTINGS.indexName() + "/_stats/search").at("/_all/primaries/search");
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(NODE.endpoint().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
