package tad.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchReaderContract;
import tad.plugin.GeoPoint;

/**
 * A reader beside the one writer (the local data server's): the reader's contract on what that writer committed, and
 * it sees each commit and never takes the write lock.
 */
class ReadOnlyLuceneIndexTest extends SearchReaderContract {
    @TempDir
    Path dir;

    @Override
    protected Sides open() {
        return besideItsWriter(dir.resolve("contract"));
    }

    /** A writer on {@code indexDir} and a reader in place beside it, which reopens after each of its refreshes. */
    static Sides besideItsWriter(Path indexDir) {
        LuceneSearchIndex writer = new LuceneSearchIndex(indexDir);
        ReadOnlyLuceneIndex reader = new ReadOnlyLuceneIndex(indexDir);
        return new Sides(writer, reader, reader::reopen);
    }

    @Test
    void aReaderSeesEachCommitAndNeverHoldsTheWriteLock() {
        Path index = dir.resolve("index");
        LuceneSearchIndex writer = new LuceneSearchIndex(index);
        try (ReadOnlyLuceneIndex reader = new ReadOnlyLuceneIndex(index)) {
            assertThat(reader.count()).as("the writer's first commit opens for readers").isZero();
            writer.upsert(artist("r1", "Rowan Quill"));
            writer.refresh();
            reader.reopen();
            assertThat(hits(reader, "quill")).isEqualTo(1);

            writer.delete("r1");
            writer.expungeDeletes();
            reader.reopen();
            assertThat(hits(reader, "quill")).isZero();

            // the writer goes (a data server killed or stopped) and another takes the lock while the reader stays
            writer.close();
            LuceneSearchIndex next = new LuceneSearchIndex(index);
            next.upsert(artist("r2", "Sable Quill"));
            next.refresh();
            reader.reopen();
            assertThat(reader.count()).isEqualTo(1);
            next.close();
        }
    }

    @Test
    void withNoIndexYetTheReaderSaysWhoCreatesIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReadOnlyLuceneIndex(dir.resolve("none")))
                .hasMessageContaining("the data server creates it");
    }

    private static long hits(ReadOnlyLuceneIndex reader, String text) {
        return reader.search(ArtistQuery.builder().text(text).build()).total();
    }

    private static ArtistDocument artist(String id, String name) {
        return new ArtistDocument(id, name, null, "", List.of(), "Leeds", "GB", new GeoPoint(53.8, -1.55),
                List.of("blackwork"), List.of("Blackwork"), null, null, Instant.parse("2026-02-01T00:00:00Z"));
    }
}
