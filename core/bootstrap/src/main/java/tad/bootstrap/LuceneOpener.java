package tad.bootstrap;

import java.nio.file.Path;
import tad.core.search.SearchIndex;
import tad.search.lucene.LuceneSearchIndex;

/**
 * Opens the embedded Lucene index. A class of its own so that a process without Lucene on its class path (the sync
 * Lambda's jar) never loads a class that names it.
 */
final class LuceneOpener {
    private LuceneOpener() {
    }

    static SearchIndex open(Path dataDir) {
        return new LuceneSearchIndex(dataDir.resolve("index"));
    }
}
