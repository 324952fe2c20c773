package tad.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SearchWriter} adapter passes, seen through a reader of what it writes: deletes, replaces
 * and clears, each replayable. Subclasses: {@code LuceneSearchIndexTest}, {@code ReadOnlyLuceneWritesTest} (the
 * embedded index's writer as another process reads it) and {@code OpenSearchSearchIndexIT.Writes}.
 */
public abstract class SearchWriterContract extends SearchContractSetup {

    @Test
    void aDeletedArtistLeavesTheListing() {
        writer.delete("a05");
        refresh();
        assertThat(reader.listing("a04", 2)).extracting(ListedArtist::artistId).containsExactly("a06", "a07");
    }

    @Test
    void deleteRemovesTheArtistFromResultsAndFacets() {
        writer.delete("a05");
        writer.delete("no-such-artist");
        refresh();
        assertThat(reader.count()).isEqualTo(29);
        assertThat(ids(q().text("mandala"))).isEmpty();
        assertThat(reader.search(q().build()).styleFacets()).isEqualTo(facetsOf(a -> !a.artistId().equals("a05")));
    }

    @Test
    void upsertReplacesTheWholeDocument() {
        ArtistDocument old = byId("a05");
        ArtistDocument renamed = new ArtistDocument("a05", "Oliver Brand", "oliver.brand", "Fine line roses.",
                List.of("Rose Street Tattoo"), "York", "GB", null, List.of("fine-line"), List.of("Fine line"),
                null, null, old.updatedAt().plusSeconds(60));
        writer.upsert(renamed);
        writer.upsert(renamed); // replaying a stream record is harmless
        refresh();
        assertThat(reader.count()).isEqualTo(30);
        assertThat(ids(q().text("mandala"))).isEmpty();
        assertThat(ids(q().text("rose street"))).containsExactly("a05");
        assertThat(ids(q().style("dotwork").city("leeds"))).containsExactly("a01");
        assertThat(ids(q().near(LEEDS_LAT, LEEDS_LNG, 5.0))).doesNotContain("a05");
    }

    @Test
    void deleteAllEmptiesTheIndex() {
        writer.deleteAll();
        refresh();
        assertThat(reader.count()).isZero();
        SearchResult result = reader.search(q().build());
        assertThat(result.total()).isZero();
        assertThat(result.styleFacets()).isEmpty();
    }
}
