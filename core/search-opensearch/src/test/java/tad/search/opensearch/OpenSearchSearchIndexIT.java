package tad.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.search.ArtistDocument;
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
    void theIndexKeepsInSourceOnlyWhatSearchesAndListingsReadBack() throws IOException, InterruptedException {
        JsonNode stored = get("/" + SETTINGS.indexName() + "/_doc/a05").get("_source");
        List<String> fields = new ArrayList<>();
        stored.fieldNames().forEachRemaining(fields::add);

        assertThat(fields).containsExactlyInAnyOrder("artistId", "updatedAt", "show");
        assertThat(hits("mandala")).as("the bio is searchable though not kept").isEqualTo(1);
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
