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
        return ReadOnlyLuceneIndexTest.besideItsWriter(dir.resolve("index"));
    }
}
