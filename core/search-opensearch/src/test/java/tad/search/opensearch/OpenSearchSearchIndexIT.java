package tad.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchIndex;
import tad.core.search.SearchIndexContract;
import tad.plugin.GeoPoint;

/** The search contract on a real OpenSearch 3.x node (started by {@link OpenSearchNode}). */
class OpenSearchSearchIndexIT extends SearchIndexContract {
    @RegisterExtension
    static final OpenSearchNode NODE = new OpenSearchNode();

    private static final OpenSearchIndexSettings SETTINGS = OpenSearchIndexSettings.singleNode("tad-artists-it");

    @Override
    protected SearchIndex openIndex() {
        return OpenSearchSearchIndex.connect(NODE.endpoint(), SETTINGS);
    }

    @Test
    void anUpsertIsSearchableWithinTheRefreshIntervalWithoutRefresh() throws InterruptedException {
        index.upsert(new ArtistDocument("z1", "Quentin Zabriskie", null, "", List.of(), "Leeds", "GB",
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
        index.delete("a05");
        index.expungeDeletes();
        assertThat(index.count()).isEqualTo(29);
        assertThat(hits("mandala")).isZero();
    }

    private long hits(String text) {
        return index.search(ArtistQuery.builder().text(text).build()).total();
    }
}
