package tad.sync;

import tad.core.search.ArtistDocument;
import tad.core.search.SearchWriter;

/** A search index writer that refuses every write about one artist, as an overloaded or misconfigured cluster might. */
final class RefusingIndex implements SearchWriter {
    private final SearchWriter delegate;
    private final String refusedArtistId;

    RefusingIndex(SearchWriter delegate, String refusedArtistId) {
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
