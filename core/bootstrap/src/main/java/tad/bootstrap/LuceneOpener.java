package tad.bootstrap;

import java.nio.file.Path;
import java.util.Optional;
import tad.bootstrap.local.DataServerLink;
import tad.bootstrap.local.DataServerWithdrawal;
import tad.search.lucene.LuceneSearchIndex;
import tad.search.lucene.ReadOnlyLuceneIndex;

/**
 * Opens the embedded Lucene index. A class of its own so that a process without Lucene on its class path (the sync
 * Lambda's jar) never loads a class that names it.
 */
final class LuceneOpener {
    private LuceneOpener() {
    }

    /**
     * With the embedded store, the index the data server writes, read here in place, and withdrawals asked of the data
     * server; without it (OpenSearch is not configured but the store is remote: the Lambda's tests), a Lucene index
     * this process writes itself.
     */
    static SearchSides open(Path dataDir, Optional<DataServerLink> dataServer) {
        Path dir = dataDir.resolve("index");
        if (dataServer.isEmpty()) {
            return SearchSides.own(new LuceneSearchIndex(dir));
        }
        ReadOnlyLuceneIndex reader = new ReadOnlyLuceneIndex(dir);
        return new SearchSides(reader, Optional.empty(),
                new DataServerWithdrawal(dataServer.get().control(), reader::reopen), reader::reopen);
    }
}
