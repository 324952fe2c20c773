package tad.bootstrap;

import java.nio.file.Path;
import java.util.Optional;
import tad.core.config.TadConfig;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.SearchIndex;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexUpdater;
import tad.search.opensearch.OpenSearchConnections;
import tad.store.dynamodb.DynamoStreamFollower;
import tad.store.dynamodb.StreamPositionFile;

/**
 * The search index (OpenSearch when a URL is configured, else the embedded Lucene index under the data directory),
 * and, where tad keeps the index in step itself, the follower of the table's stream.
 */
final class SearchPieces {
    private final TadConfig config;
    private final Path dataDir;
    private final StorePieces store;
    private final Closer closer;
    private SearchIndex index;
    private DynamoStreamFollower follower;

    SearchPieces(TadConfig config, Path dataDir, StorePieces store, Closer closer) {
        this.config = config;
        this.dataDir = dataDir;
        this.store = store;
        this.closer = closer;
    }

    synchronized SearchIndex index() {
        if (index == null) {
            index = closer.register(config.search().opensearchUrl()
                    .map(url -> OpenSearchConnections.open(url, config.search().indexName(), config.store().region()))
                    .orElseGet(() -> LuceneOpener.open(dataDir)));
        }
        return index;
    }

    IndexUpdater updater() {
        return new IndexUpdater(store.artists(), index(), store.denylist(),
                new ArtistDocuments(StyleTaxonomy.bundled()));
    }

    /** The stream follower of the embedded store; empty on AWS, where the stream Lambda follows the table. */
    synchronized Optional<IndexFollower> follower() {
        if (!config.store().embedded()) {
            return Optional.empty();
        }
        if (follower == null) {
            follower = new DynamoStreamFollower(store.connection(), updater(), streamPosition());
        }
        return Optional.of(follower);
    }

    /** Where the follower keeps its stream position: beside the index it describes. */
    StreamPositionFile streamPosition() {
        return new StreamPositionFile(dataDir.resolve("index-sync").resolve("stream-position.json"));
    }
}
