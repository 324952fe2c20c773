package tad.bootstrap;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tad.core.config.TadConfig;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.SearchIndex;
import tad.core.search.SearchReader;
import tad.core.search.SearchWithdrawal;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexUpdater;
import tad.search.opensearch.OpenSearchConnections;
import tad.bootstrap.local.DataServerLink;
import tad.bootstrap.local.RemoteIndexFollower;
import tad.core.governance.Compactor;
import tad.core.sync.IndexRebuild;

/**
 * The search index by side (OpenSearch when a URL is configured, which this process reads and writes; else the
 * embedded Lucene index under the data directory, which the local data server writes and this process reads), and,
 * where tad keeps the index in step itself, the follower of the table's stream (in the data server).
 */
final class SearchPieces {
    private final TadConfig config;
    private final Path dataDir;
    private final StorePieces store;
    private final Closer closer;
    private SearchSides sides;

    SearchPieces(TadConfig config, Path dataDir, StorePieces store, Closer closer) {
        this.config = config;
        this.dataDir = dataDir;
        this.store = store;
        this.closer = closer;
    }

    private synchronized SearchSides sides() {
        if (sides == null) {
            sides = config.search().opensearchUrl()
                    .map(url -> SearchSides.own(OpenSearchConnections.open(url, config.search().indexName(),
                            config.store().region())))
                    .orElseGet(() -> LuceneOpener.open(dataDir, store.dataServer()));
            closer.register(sides.reader());
        }
        return sides;
    }

    SearchReader reader() {
        return sides().reader();
    }

    /** The index, when this process writes it itself; empty when the local data server is its one writer. */
    Optional<SearchIndex> ownIndex() {
        return sides().ownIndex();
    }

    SearchWithdrawal withdrawal() {
        return sides().withdrawal();
    }

    Optional<IndexUpdater> updater() {
        return ownIndex().map(this::updater);
    }

    private IndexUpdater updater(SearchIndex index) {
        return new IndexUpdater(store.artists(), index, store.denylist(), new ArtistDocuments(StyleTaxonomy.bundled()));
    }

    /**
     * The stream follower of the embedded store, which runs in the local data server (this process drives it there);
     * empty on AWS, where the stream Lambda follows the table.
     */
    Optional<IndexFollower> follower() {
        return store.dataServer().map(server -> new RemoteIndexFollower(server.control(), this::seeWrites));
    }

    /** This process's reader opens the writer's latest commit, if it is open at all. */
    private synchronized void seeWrites() {
        if (sides != null) {
            sides.seeWrites().run();
        }
    }

    /**
     * Rebuilds the index from the store: in the data server when embedded, else here (where the stream Lambda
     * follows the table, there is no follower to move: re-applying a record is harmless).
     */
    IndexRebuild.Result rebuild() {
        Optional<DataServerLink> server = store.dataServer();
        if (server.isPresent()) {
            return server.get().control().rebuild();
        }
        SearchIndex index = ownIndex().orElseThrow(() -> new IllegalStateException("no index writer here"));
        return IndexRebuild.run(store.artists(), index, updater(index), () -> { });
    }

    /**
     * What a purge runs after its deletes so no deleted byte lingers: embedded, the data server lets its follower
     * see the deletes and vacuums DynamoDB Local's file.
     */
    List<Compactor> compactors() {
        return store.dataServer().map(server -> List.<Compactor>of(server.control()::compact)).orElse(List.of());
    }
}
