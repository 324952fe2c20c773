package tad.sync;

import tad.core.search.ArtistDocument;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchIndex;
import tad.core.search.SearchResult;

/** A search index that refuses every write about one artist, as an overloaded or misconfigured cluster might. */
final class RefusingIndex implements SearchIndex {
    private final SearchIndex delegate;
    private final String refusedArtistId;

    RefusingIndex(SearchIndex delegate, String refusedArtistId) {
        this.delegate = delegate;
        this.refusedArtistId = refusedArtistId;
    }

    @Override
    public void upsert(ArtistDocument document) {
        refuse(document.artistId());
        delegate.upsert(document);
    }

    @Override
    public void delete(String artistId) {
        refuse(artistId);
        delegate.delete(artistId);
    }

    private void refuse(String artistId) {
        if (artistId.equals(refusedArtistId)) {
            throw new IllegalStateException("index refused " + artistId);
        }
    }

    @Override
    public void deleteAll() {
        delegate.deleteAll();
    }

    @Override
    public long count() {
        return delegate.count();
    }

    @Override
    public SearchResult search(ArtistQuery query) {
        return delegate.search(query);
    }

    @Override
    public java.util.List<tad.core.search.ListedArtist> listing(String afterId, int limit) {
        return delegate.listing(afterId, limit);
    }

    @Override
    public void refresh() {
        delegate.refresh();
    }

    @Override
    public void expungeDeletes() {
        delegate.expungeDeletes();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
