package tad.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchWriterContract;
import tad.core.search.SearchResult;
import tad.core.search.StudioSummary;
import tad.plugin.GeoPoint;

/**
 * The writer's contract on Lucene in its own process, plus what only the embedded index promises: NRT visibility,
 * reopening, and purges that rewrite segments. (The reader's contract: {@link LuceneSearchReaderTest}.)
 */
class LuceneSearchIndexTest extends SearchWriterContract {
    @TempDir
    Path dir;

    @Override
    protected Sides open() {
        return Sides.of(new LuceneSearchIndex(dir.resolve("index")));
    }

    @Test
    void anUpsertIsSearchableWithinASecondWithoutRefresh() throws InterruptedException {
        writer.upsert(artist("z1", "Quentin Zabriskie"));
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (hits("zabriskie") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(hits("zabriskie")).isEqualTo(1);
    }

    @Test
    void concurrentSearchesWhileWritingSeeConsistentResults() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        SearchResult result = reader.search(ArtistQuery.builder().style("realism", "japanese").build());
                        assertThat(result.items()).isNotEmpty();
                        assertThat(result.items().getFirst().styles()).contains("realism", "japanese");
                    }
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    writer.upsert(artist("w" + (i % 20), "Writer " + i));
                }
            }));
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        writer.refresh();
        assertThat(reader.count()).isEqualTo(50);
    }

    @Test
    void documentsSurviveAReopen() {
        writer.close();
        use(open());
        assertThat(reader.count()).isEqualTo(30);
        assertThat(hits("mandala")).isEqualTo(1);
    }

    @Test
    void expungeDeletesRewritesSegmentsSoNoDeletedArtistLingers() throws IOException {
        // two artists, so their segment survives the delete (a segment whose documents are all deleted is dropped)
        writer.upsertAll(List.of(artist("z2", "Wilhelmina Purgeworthy"), artist("z3", "Kept Around")));
        writer.refresh();
        writer.delete("z2");
        writer.refresh();
        assertThat(committedDeletedDocs()).isEqualTo(1); // a plain delete only marks the document
        writer.expungeDeletes();
        assertThat(committedDeletedDocs()).isZero();
        assertThat(reader.count()).isEqualTo(31);
        assertThat(hits("purgeworthy")).isZero();
    }

    @Test
    void anIndexWrittenBeforeResultItemsMovedToDocValuesStillAnswers() throws IOException {
        writer.close();
        Path old = dir.resolve("old-index");
        try (Directory directory = FSDirectory.open(old);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            // the document as LuceneDocuments wrote it until December 2026: the item in stored fields
            Document doc = new Document();
            doc.add(new StringField(LuceneFields.ARTIST_ID, "z9", Field.Store.YES));
            doc.add(new SortedDocValuesField(LuceneFields.ARTIST_ID, new BytesRef("z9")));
            doc.add(new TextField("allText", "quentin oldformat", Field.Store.NO));
            doc.add(new TextField("name", "quentin oldformat", Field.Store.NO));
            doc.add(new SortedSetDocValuesField(LuceneFields.STYLES, new BytesRef("blackwork")));
            doc.add(new StoredField("show.style", "blackwork"));
            doc.add(new StoredField("show.name", "Quentin Oldformat"));
            doc.add(new StoredField("show.handle", "q.old"));
            doc.add(new StoredField("show.studioCity", "Leeds"));
            doc.add(new NumericDocValuesField(LuceneFields.UPDATED_AT, 0L));
            writer.addDocument(doc);
        }
        use(Sides.of(new LuceneSearchIndex(old)));

        SearchResult result = reader.search(ArtistQuery.builder().text("oldformat").build());

        assertThat(result.items()).containsExactly(new ArtistHit("z9", "Quentin Oldformat", "q.old",
                List.of("blackwork"), new StudioSummary(null, "Leeds", null, null), null));
        assertThat(result.styleFacets()).isEqualTo(java.util.Map.of("blackwork", 1L));
    }

    /** Deleted documents still held by the committed segments (their bytes are still in the files). */
    private int committedDeletedDocs() throws IOException {
        try (Directory directory = FSDirectory.open(dir.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDeletedDocs();
        }
    }

    private long hits(String text) {
        return reader.search(ArtistQuery.builder().text(text).build()).total();
    }

    private static ArtistDocument artist(String id, String name) {
        return new ArtistDocument(id, name, null, "", List.of(), "Leeds", "GB", new GeoPoint(53.8, -1.55),
                List.of("blackwork"), List.of("Blackwork"), null, null, Instant.parse("2026-02-01T00:00:00Z"));
    }
}
