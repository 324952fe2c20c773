package tad.search.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import tad.core.search.SearchReaderContract;

/** The reader's contract on Lucene in the process that writes it (the data server; a process with a remote store). */
class LuceneSearchReaderTest extends SearchReaderContract {
    @TempDir
    Path dir;

    @Override
    protected Sides open() {
        return Sides.of(new LuceneSearchIndex(dir.resolve("index")));
    }
}
