package tad.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import tad.core.search.ArtistQuery;
import tad.core.search.ListedArtist;
import tad.core.search.SearchReader;
import tad.core.search.SearchResult;

/**
 * The reads both embedded indexes answer the same way, the writer's (near-real-time over its writer) and a read-only
 * reader's (over the last commit): each differs only in which {@link SearcherManager} it reads and in what it does
 * before a read, so the reads themselves are written once here.
 */
abstract sealed class LuceneReads implements SearchReader permits LuceneSearchIndex, ReadOnlyLuceneIndex {
    private final LuceneQueries queries;

    LuceneReads(LuceneAnalyzers analyzers) {
        this.queries = new LuceneQueries(analyzers);
    }

    /** The manager to acquire searchers from; a subclass may first look for a newer commit. */
    abstract SearcherManager searchersForRead();

    @Override
    public final long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public final SearchResult search(ArtistQuery query) {
        return withSearcher(searcher -> LuceneSearching.search(searcher, queries, query));
    }

    @Override
    public final List<ListedArtist> listing(String afterId, int limit) {
        ListedArtist.checkLimit(limit);
        return withSearcher(searcher -> LuceneListing.listing(searcher, afterId, limit));
    }

    /** One read on an acquired searcher, always released. */
    private <T> T withSearcher(SearcherFunction<T> function) {
        SearcherManager searchers = searchersForRead();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index read failed", e);
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
