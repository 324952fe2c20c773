package tad.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The read side of the embedded index as another process sees it: searches on the last commit of the one process
 * that writes it (the local data server), never taking Lucene's write lock, so any number of processes read it
 * beside that writer.
 *
 * <p>A search first looks for a newer commit ({@code DirectoryReader.openIfChanged} through a {@link SearcherManager}),
 * at most once every {@value #CHECK_MILLIS} ms, so what the writer committed is seen by the next search after that.
 * {@link #reopen()} looks at once. Files the writer deletes while a reader still uses them stay readable to it
 * (POSIX unlink) and vanish from the directory.
 */
public final class ReadOnlyLuceneIndex extends LuceneReads {
    static final long CHECK_MILLIS = 100;

    private final Directory directory;
    private final SearcherManager searchers;
    private final AtomicLong lastCheck = new AtomicLong(System.nanoTime());

    /** Opens the last commit in {@code indexDir}; the writer must have committed once (it does when it starts). */
    public ReadOnlyLuceneIndex(Path indexDir) {
        super(new LuceneAnalyzers());
        Directory opened = null;
        try {
            opened = FSDirectory.open(indexDir);
            searchers = new SearcherManager(opened, null);
        } catch (IndexNotFoundException e) {
            IOUtils.closeWhileHandlingException(opened);
            throw new IllegalStateException("no search index in " + indexDir + " yet (the data server creates it)", e);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(opened);
            throw new UncheckedIOException("cannot read the search index in " + indexDir, e);
        }
        directory = opened;
    }

    /** Opens the writer's latest commit now (after asking the writer to commit). */
    public void reopen() {
        try {
            searchers.maybeRefreshBlocking();
            lastCheck.set(System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("search index reopen failed", e);
        }
    }

    @Override
    public void close() {
        try (directory; searchers) {
            // both closed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most once every {@value #CHECK_MILLIS} ms, a read first looks for a newer commit. */
    @Override
    SearcherManager searchersForRead() {
        long last = lastCheck.get();
        if (System.nanoTime() - last > CHECK_MILLIS * 1_000_000 && lastCheck.compareAndSet(last, System.nanoTime())) {
            try {
                // one search looks for a new commit; the others go on with the current one meanwhile
                searchers.maybeRefresh();
            } catch (IOException e) {
                throw new UncheckedIOException("search index reopen failed", e);
            }
        }
        return searchers;
    }
}
