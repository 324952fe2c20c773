package tad.bootstrap.local;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.bootstrap.Closer;
import tad.core.config.TadConfig;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistSecrets;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.SearchIndex;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexRebuild;
import tad.core.sync.IndexUpdater;
import tad.core.sync.PollingLoop;
import tad.search.lucene.LuceneSearchIndex;
import tad.search.opensearch.OpenSearchConnections;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoLocalCompactor;
import tad.store.dynamodb.DynamoLocalServer;
import tad.store.dynamodb.DynamoStreamFollower;
import tad.store.dynamodb.StreamPositionFile;

/**
 * The local data server of one data directory: the one process that owns DynamoDB Local's file (served on a
 * loopback port to every {@code tad} process) and writes the embedded search index, by following the table's stream.
 * Others reach the store over HTTP, read the index's commits, and ask this server (its {@link ControlEndpoint}) for
 * what writes the index: a sync, a withdrawal, an expunge, a rebuild, a compaction.
 *
 * <p>Holding {@code server.lock} for its whole life makes it the only one; it says where it listens in
 * {@code server.properties} only once it answers. It stops when told, on SIGTERM, or (detached) after
 * {@link #IDLE} with no live client process.
 */
public final class DataServer implements AutoCloseable {
    static final Duration IDLE = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(DataServer.class);
    private static final Duration FOLLOW_EVERY = Duration.ofMillis(250);

    private final DataServerFiles files;
    private final Closer closer;
    private final DynamoConnection connection;
    private final SearchIndex index;
    private final IndexUpdater updater;
    private final DynamoStreamFollower follower;
    private final DynamoLocalCompactor compactor;
    private final DynamoLocalServer dynamo;
    private final ClientRegistry clients;
    private final DataServerInfo info;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DataServer(TadConfig config, DataServerFiles files, Closer closer, Clock clock, boolean detached,
                       Optional<DataServerInfo> previous) {
        this.files = files;
        this.closer = closer;
        this.dynamo = closer.register(startDynamo(config, previous));
        this.connection = closer.register(DynamoConnection.local(dynamo.endpoint(), config.store().table()))
                .ensureTable();
        this.index = closer.register(config.search().opensearchUrl()
                .map(url -> OpenSearchConnections.open(url, config.search().indexName(), config.store().region()))
                .orElseGet(() -> new LuceneSearchIndex(config.dataDir().resolve("index"))));
        Denylist denylist = new Denylist(new DynamoDenylistStore(connection),
                DenylistSecrets.resolve(config.denylistSecret(), config.dataDir()), clock);
        this.updater = new IndexUpdater(new DynamoArtistStore(connection), index, denylist,
                new ArtistDocuments(StyleTaxonomy.bundled()));
        StreamPositionFile position = streamPosition(config);
        this.follower = new DynamoStreamFollower(connection, updater, position);
        this.compactor = DynamoLocalCompactor.forDataDir(config.dataDir(), position);
        closer.register(new PollingLoop("index-sync", follower::catchUp, FOLLOW_EVERY));
        this.clients = new ClientRegistry(clock, detached ? Optional.of(IDLE) : Optional.empty());
        String token = previous.map(DataServerInfo::token)
                .orElseGet(() -> HexFormat.of().formatHex(new SecureRandom().generateSeed(16)));
        ControlEndpoint control = closer.register(startControl(previous, token));
        this.info = new DataServerInfo(ProcessHandle.current().pid(), dynamo.port(), control.port(), token);
        files.writeInfo(info);
        closer.register(new PollingLoop("data-server-watch", this::watch, Duration.ofSeconds(5)));
    }

    /**
     * Starts the data server of the configured data directory in this process, or returns empty when another process
     * runs it already.
     */
    public static Optional<DataServer> start(TadConfig config, Clock clock, boolean detached) {
        DataServerFiles files = new DataServerFiles(config.dataDir());
        Optional<DataServerFiles.HeldLock> lock = files.lockServer();
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        // what a server killed outright left behind: its ports and token, taken again when free
        Optional<DataServerInfo> previous = files.readInfo();
        Closer closer = new Closer();
        closer.register(lock.get());
        closer.register(files::deleteInfo);
        try {
            return Optional.of(new DataServer(config, files, closer, clock, detached, previous));
        } catch (RuntimeException e) {
            closer.close();
            throw e;
        }
    }

    /**
     * DynamoDB Local on the port a killed predecessor had, so that processes still holding its address (a running
     * {@code tad serve}) go on working after the restart; on a free port when that one is taken.
     */
    private static DynamoLocalServer startDynamo(TadConfig config, Optional<DataServerInfo> previous) {
        Path folder = DynamoConnection.embeddedFolder(config.dataDir());
        if (previous.isPresent()) {
            try {
                return DynamoLocalServer.start(folder, previous.get().dynamoPort());
            } catch (IllegalStateException taken) {
                LOG.info("port {} is taken; DynamoDB Local listens on another", previous.get().dynamoPort());
            }
        }
        return DynamoLocalServer.start(folder);
    }

    private ControlEndpoint startControl(Optional<DataServerInfo> previous, String token) {
        if (previous.isPresent()) {
            try {
                return ControlEndpoint.start(previous.get().controlPort(), token, this);
            } catch (java.io.UncheckedIOException taken) {
                LOG.info("port {} is taken; the control endpoint listens on another", previous.get().controlPort());
            }
        }
        return ControlEndpoint.start(0, token, this);
    }

    /** Where the follower keeps its stream position: beside the index it describes. */
    static StreamPositionFile streamPosition(TadConfig config) {
        return new StreamPositionFile(config.dataDir().resolve("index-sync").resolve("stream-position.json"));
    }

    DataServerInfo info() {
        return info;
    }

    ClientRegistry clients() {
        return clients;
    }

    // ---- what the control endpoint asks for

    /** Applies everything on the stream now and commits; returns the stream records read. */
    int sync() {
        return follower.catchUp();
    }

    IndexFollower.Lag lag() {
        return follower.lag();
    }

    /** Takes an artist out of search at once (governance: before the store refuses them). */
    void withdraw(String artistId) {
        updater.withdraw(artistId, () -> { });
    }

    void expungeDeletes() {
        follower.catchUp();
        index.expungeDeletes();
    }

    IndexRebuild.Result rebuild() {
        return IndexRebuild.run(new DynamoArtistStore(connection), index, updater, follower::skipToLatest);
    }

    /** Lets the follower see every delete, then vacuums DynamoDB Local's file so no deleted byte remains. */
    void compact() {
        follower.catchUp();
        // requests from other processes wait for the vacuum instead of failing on SQLite's lock
        dynamo.exclusively(compactor::compact);
    }

    /** Stops in the background (the control endpoint answers first). */
    void stopSoon() {
        Thread.ofPlatform().daemon().name("data-server-stop").start(this::close);
    }

    /** Waits until the server has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private int watch() {
        boolean stillOurs = files.readInfo().map(i -> i.token().equals(info.token())).orElse(false);
        if (!stillOurs) {
            LOG.info("the data directory no longer names this data server; stopping");
            stopSoon();
        } else if (clients.idle()) {
            LOG.info("no tad process has used the data server for {} s; stopping", IDLE.toSeconds());
            stopSoon();
        }
        return 0;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (stopped.getCount() == 0) {
                return;
            }
            closer.close();
            stopped.countDown();
        }
    }
}
