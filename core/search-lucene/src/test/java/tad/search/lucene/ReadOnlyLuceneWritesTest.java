package tad.search.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import tad.core.search.SearchWriterContract;

/**
 * The writer's contract as the embedded default runs it: the data server's Lucene writer, seen by a reader in place
 * in another process once it committed ({@link ReadOnlyLuceneIndex}).
 */
class ReadOnlyLuceneWritesTest extends SearchWriterContract {
    @TempDir
    Path dir;

    @Override
    protected Sides open() {
        LuceneSearchIndex writer = new LuceneSearchIndex(dir.resolve("index"));
        ReadOnlyLuceneIndex reader = new ReadOnlyLuceneIndex(dir.resolve("index"));
        return new Sides(writer, reader, reader::reopen);
    }
}
