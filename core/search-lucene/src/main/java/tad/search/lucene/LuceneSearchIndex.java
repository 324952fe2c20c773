package tad.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import tad.core.search.ArtistDocument;
import tad.core.search.SearchIndex;

/**
 * The embedded search index: a Lucene index in one directory (the CLI uses {@code $TAD_DATA_DIR/index}).
 *
 * <p>Near-real-time: searches run on a {@link SearcherManager} over the writer, reopened in the background every
 * {@value #REOPEN_MILLIS} ms, so a write is searchable well within a second without a commit. {@link #refresh()}
 * commits (durability) and reopens at once. Safe for concurrent searches and writes.
 */
public final class LuceneSearchIndex extends LuceneReads implements SearchIndex {
    static final long REOPEN_MILLIS = 200;
    private static final System.Logger LOG = System.getLogger(LuceneSearchIndex.class.getName());

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService reopener;

    /** Opens (or creates) the index in {@code indexDir}. Only one open instance per directory (Lucene's write lock). */
    public LuceneSearchIndex(Path indexDir) {
        this(Objects.requireNonNull(indexDir, "indexDir"), new LuceneAnalyzers());
    }

    private LuceneSearchIndex(Path indexDir, LuceneAnalyzers analyzers) {
        super(analyzers);
        Directory openedDirectory = null;
        IndexWriter openedWriter = null;
        try {
            Files.createDirectories(indexDir);
            openedDirectory = FSDirectory.open(indexDir);
            IndexWriterConfig config = new IndexWriterConfig(analyzers.indexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    // expungeDeletes must rewrite every segment holding a deleted artist, however few
                    .setMergePolicy(new TieredMergePolicy().setForceMergeDeletesPctAllowed(0));
            openedWriter = new IndexWriter(openedDirectory, config);
            // a first commit, so that read-only readers in other processes can open a new index at once
            openedWriter.commit();
            searchers = new SearcherManager(openedWriter, null);
        } catch (IOException e) {
            // release the write lock, or the next attempt in this process fails with LockObtainFailedException
            IOUtils.closeWhileHandlingException(openedWriter, openedDirectory);
            throw new UncheckedIOException("cannot open the search index in " + indexDir, e);
        }
        directory = openedDirectory;
        writer = openedWriter;
        reopener = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lucene-search-reopen");
            t.setDaemon(true);
            return t;
        });
        reopener.scheduleWithFixedDelay(this::reopenQuietly, REOPEN_MILLIS, REOPEN_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void upsert(ArtistDocument document) {
        io(() -> writer.updateDocument(new Term(LuceneFields.ARTIST_ID, document.artistId()),
                LuceneDocuments.toLucene(document)));
    }

    @Override
    public void delete(String artistId) {
        io(() -> writer.deleteDocuments(new Term(LuceneFields.ARTIST_ID, artistId)));
    }

    @Override
    public void deleteAll() {
        io(writer::deleteAll);
    }

    @Override
    public void refresh() {
        io(() -> {
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    @Override
    public void expungeDeletes() {
        io(() -> {
            writer.forceMergeDeletes(true);
            writer.commit();
            searchers.maybeRefreshBlocking();
            // the previous searcher was the last user of the old segment files
            writer.deleteUnusedFiles();
        });
    }

    @Override
    public void close() {
        // never interrupt the reopen: it may be flushing, and an interrupted NIO channel is a tragic event that rolls
        // the writer back, losing what was not committed yet
        reopener.shutdown();
        try {
            if (!reopener.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.log(System.Logger.Level.WARNING, "the search index's reopen did not finish; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        io(() -> {
            try (directory; writer; searchers) {
                writer.commit();
            }
        });
    }

    private void reopenQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // searches keep using the previous searcher and the next tick retries; say so, it should not happen
            LOG.log(System.Logger.Level.WARNING, "reopening the search index failed", e);
        }
    }

    @Override
    SearcherManager searchersForRead() {
        return searchers;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed", e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
