package tad.bootstrap;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tad.core.config.TadConfig;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.SearchIndex;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexUpdater;
import tad.search.opensearch.OpenSearchConnections;
import tad.bootstrap.local.DataServerLink;
import tad.bootstrap.local.RemoteIndexFollower;
import tad.core.governance.Compactor;
import tad.core.sync.IndexRebuild;

/**
 * The search index (OpenSearch when a URL is configured, else the embedded Lucene index under the data directory,
 * which the local data server writes and this process reads), and, where tad keeps the index in step itself, the
 * follower of the table's stream (in the data server).
 */
final class SearchPieces {
    private final TadConfig config;
    private final Path dataDir;
    private final StorePieces store;
    private final Closer closer;
    private SearchIndex index;

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
                    .orElseGet(() -> LuceneOpener.open(dataDir, store.dataServer())));
        }
        return index;
    }

    IndexUpdater updater() {
        return new IndexUpdater(store.artists(), index(), store.denylist(),
                new ArtistDocuments(StyleTaxonomy.bundled()));
    }

    /**
     * The stream follower of the embedded store, which runs in the local data server (this process drives it there);
     * empty on AWS, where the stream Lambda follows the table.
     */
    Optional<IndexFollower> follower() {
        return store.dataServer().map(server -> new RemoteIndexFollower(server.control()));
    }

    /** Rebuilds the index from the store: in the data server when embedded, else here. */
    IndexRebuild.Result rebuild() {
        Optional<DataServerLink> server = store.dataServer();
        if (server.isPresent()) {
            return server.get().control().rebuild();
        }
        return IndexRebuild.run(store.artists(), index(), updater(), Optional.empty());
    }

    /**
     * What a purge runs after its deletes so no deleted byte lingers: embedded, the data server lets its follower
     * see the deletes and vacuums DynamoDB Local's file.
     */
    List<Compactor> compactors() {
        return store.dataServer().map(server -> List.<Compactor>of(server.control()::compact)).orElse(List.of());
    }
}
