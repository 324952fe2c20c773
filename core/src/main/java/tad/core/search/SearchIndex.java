package tad.core.search;

import java.util.List;

/**
 * The search index port: artists findable by text, style and place. Adapters: Lucene (embedded, the default) and
 * OpenSearch (production). Both pass {@code SearchIndexContract} and return the same artists in the same order.
 *
 * <p>Writes are idempotent so the sync can replay stream records: upserting a document replaces any document with
 * the same artistId; deleting an id that is not there does nothing.
 *
 * <p>Visibility: a write is visible to {@link #search} after {@link #refresh()}, and without it within about a
 * second (Lucene reopens its searcher in the background; OpenSearch refreshes every second).
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces the artist's document. */
    void upsert(ArtistDocument document);

    /** Adds or replaces many documents; what a rebuild or a batch of stream records uses. */
    default void upsertAll(Iterable<ArtistDocument> documents) {
        documents.forEach(this::upsert);
    }

    /** Removes the artist; nothing happens when it is not indexed. */
    void delete(String artistId);

    /** Removes every artist (before a rebuild). */
    void deleteAll();

    /** Number of artists in the index, as of the last refresh. */
    long count();

    /** One page of matching artists, with style facets. */
    SearchResult search(ArtistQuery query);

    /**
     * Every indexed artist in id order, a slice at a time: the artists with an id after {@code afterId} (all when it
     * is empty), at most {@code limit} (1..{@value ArtistQuery#MAX_WINDOW}). What the sitemap lists, so a purged
     * artist leaves it with their index document.
     */
    List<ListedArtist> listing(String afterId, int limit);

    /**
     * Makes every write so far visible to search and durable (Lucene commits). Call before recording a sync
     * position, so a restart never skips a write.
     */
    void refresh();

    /**
     * Rewrites storage so that deleted artists leave no bytes behind (a purge must not leave a removed artist's name
     * in index files), then refreshes. Expensive: after purges, not after every delete.
     */
    void expungeDeletes();

    @Override
    void close();
}
