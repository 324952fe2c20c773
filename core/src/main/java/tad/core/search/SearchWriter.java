package tad.core.search;

/**
 * The write side of the search index: what the index's one writer needs (the local data server's stream follower,
 * the sync Lambda, a rebuild). Processes that do not write the index never receive one: the bootstrap gives them a
 * {@link SearchReader}, and governance a {@link SearchWithdrawal}. Adapters: Lucene (in the writing process) and
 * OpenSearch; both pass {@code SearchWriterContract}.
 *
 * <p>Writes are idempotent so the sync can replay stream records: upserting a document replaces any document with
 * the same artistId; deleting an id that is not there does nothing.
 *
 * <p>Visibility: a write is visible to readers after {@link #refresh()}, and without it within about a second
 * (Lucene reopens its searcher in the background; OpenSearch refreshes every second).
 */
public interface SearchWriter extends AutoCloseable {

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
