package tad.bootstrap.local;

import java.nio.file.Path;
import java.util.List;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistQuery;
import tad.core.search.ListedArtist;
import tad.core.search.SearchIndex;
import tad.core.search.SearchResult;
import tad.search.lucene.ReadOnlyLuceneIndex;

/**
 * The embedded index in a process that is not the data server: searches read the data server's commits in place;
 * what changes the index is asked of the data server, its one writer. Documents are written only by the data
 * server's follower from the store, so {@link #upsert} and {@link #deleteAll} have no place here.
 */
public final class SharedLuceneIndex implements SearchIndex {
    private final ReadOnlyLuceneIndex reader;
    private final DataServerClient writer;

    public SharedLuceneIndex(Path indexDir, DataServerClient writer) {
        this.reader = new ReadOnlyLuceneIndex(indexDir);
        this.writer = writer;
    }

    @Override
    public void upsert(ArtistDocument document) {
        throw new UnsupportedOperationException("the local data server writes the embedded index from the store; "
                + "write the store, then refresh()");
    }

    /** Takes the artist out of search at once (the data server deletes and commits). */
    @Override
    public void delete(String artistId) {
        writer.withdraw(artistId);
        reader.reopen();
    }

    @Override
    public void deleteAll() {
        throw new UnsupportedOperationException("the local data server rebuilds the embedded index (index rebuild)");
    }

    @Override
    public long count() {
        return reader.count();
    }

    @Override
    public SearchResult search(ArtistQuery query) {
        return reader.search(query);
    }

    @Override
    public List<ListedArtist> listing(String afterId, int limit) {
        return reader.listing(afterId, limit);
    }

    /** Everything written to the store so far becomes searchable here: the data server syncs and commits. */
    @Override
    public void refresh() {
        writer.sync();
        reader.reopen();
    }

    @Override
    public void expungeDeletes() {
        writer.expungeDeletes();
        reader.reopen();
    }

    @Override
    public void close() {
        reader.close();
    }
}
