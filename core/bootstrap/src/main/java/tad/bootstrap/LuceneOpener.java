package tad.bootstrap;

import java.nio.file.Path;
import java.util.Optional;
import tad.bootstrap.local.DataServerLink;
import tad.bootstrap.local.SharedLuceneIndex;
import tad.core.search.SearchIndex;
import tad.search.lucene.LuceneSearchIndex;

/**
 * Opens the embedded Lucene index. A class of its own so that a process without Lucene on its class path (the sync
 * Lambda's jar) never loads a class that names it.
 */
final class LuceneOpener {
    private LuceneOpener() {
    }

    /**
     * With the embedded store, the index the data server writes, read here; without it (OpenSearch is not
     * configured but the store is remote: the Lambda's tests), a Lucene index this process writes itself.
     */
    static SearchIndex open(Path dataDir, Optional<DataServerLink> dataServer) {
        Path dir = dataDir.resolve("index");
        return dataServer.<SearchIndex>map(server -> new SharedLuceneIndex(dir, server.control()))
                .orElseGet(() -> new LuceneSearchIndex(dir));
    }
}
