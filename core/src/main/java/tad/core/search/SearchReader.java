package tad.core.search;

import java.util.List;

/**
 * The read side of the search index: what serve, the CLI's read verbs, the sitemap and the trace check need. Every
 * process has one. Adapters: the Lucene index in the process that writes it, the Lucene index read in place by any
 * other process on the data directory ({@code ReadOnlyLuceneIndex}), and OpenSearch. All pass
 * {@code SearchReaderContract} and return the same artists in the same order.
 *
 * <p>What a reader shows follows the writer's {@link SearchWriter#refresh()}: at once in the writing process, within
 * about a second elsewhere (a reader in another process looks for a newer commit, OpenSearch refreshes every second).
 */
public interface SearchReader extends AutoCloseable {

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

    @Override
    void close();
}
