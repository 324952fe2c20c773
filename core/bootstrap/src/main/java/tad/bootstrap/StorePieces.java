package tad.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import tad.bootstrap.local.DataServerLink;
import tad.bootstrap.local.DataServers;
import tad.core.config.TadConfig;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.denylist.DenylistSecrets;
import tad.core.governance.AuditTrail;
import tad.core.memory.PageMemoryNames;
import tad.core.memory.PageMemoryStore;
import tad.core.notice.NoticeLedger;
import tad.core.politeness.HostLeases;
import tad.core.removal.RemovalRequestStore;
import tad.core.store.ArtistStore;
import tad.core.store.CrawlLeases;
import tad.core.store.CrawlRunStore;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoAuditTrail;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoCrawlLeases;
import tad.store.dynamodb.DynamoCrawlRunStore;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoHostLeases;
import tad.store.dynamodb.DynamoNoticeLedger;
import tad.store.dynamodb.DynamoPageMemoryStore;
import tad.store.dynamodb.DynamoRemovalRequestStore;

/** The DynamoDB table and every store on it; the connection (and, embedded, the data server) opens on first use. */
final class StorePieces {
    private final TadConfig config;
    private final Path dataDir;
    private final Clock clock;
    private final Closer closer;
    private DynamoConnection connection;
    private DataServerLink dataServer;
    private DenylistKey denylistKey;
    private PageMemoryStore pageMemory;

    StorePieces(TadConfig config, Path dataDir, Clock clock, Closer closer) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        this.closer = closer;
    }

    /**
     * The table: embedded, DynamoDB Local of the data directory's data server over HTTP (started when none runs);
     * otherwise the configured endpoint.
     */
    synchronized DynamoConnection connection() {
        if (connection == null) {
            connection = closer.register(config.store().embedded()
                    ? DynamoConnection.local(dataServer().orElseThrow().dynamoEndpoint(), config.store().table())
                    : DynamoConnection.remote(config.store()));
        }
        return connection;
    }

    /** This process's use of the local data server; empty when the store is not embedded. */
    synchronized Optional<DataServerLink> dataServer() {
        if (!config.store().embedded()) {
            return Optional.empty();
        }
        if (dataServer == null) {
            dataServer = closer.register(DataServers.connect(config));
        }
        return Optional.of(dataServer);
    }

    ArtistStore artists() {
        return new DynamoArtistStore(connection());
    }

    CrawlRunStore runs() {
        return new DynamoCrawlRunStore(connection());
    }

    CrawlLeases crawlLeases() {
        return new DynamoCrawlLeases(connection());
    }

    RemovalRequestStore removalRequests() {
        return new DynamoRemovalRequestStore(connection());
    }

    AuditTrail audit() {
        return new DynamoAuditTrail(connection());
    }

    /** What each plugin's pages yielded in earlier runs (validators for conditional recrawls). */
    synchronized PageMemoryStore pageMemory() {
        if (pageMemory == null) {
            pageMemory = new DynamoPageMemoryStore(connection());
        }
        return pageMemory;
    }

    /** The page memory through the denylist: pages naming a denylisted artist are not kept, names are hashed. */
    PageMemoryNames pageMemoryNames() {
        return new PageMemoryNames(pageMemory(), denylist());
    }

    /** What was sent to which studio (keyed hashes), so a notice is never repeated. */
    NoticeLedger noticeLedger() {
        return new DynamoNoticeLedger(connection());
    }

    HostLeases hostLeases() {
        return new DynamoHostLeases(connection(), clock);
    }

    synchronized DenylistKey denylistKey() {
        if (denylistKey == null) {
            denylistKey = DenylistSecrets.resolve(config.denylistSecret(), dataDir);
        }
        return denylistKey;
    }

    Denylist denylist() {
        return new Denylist(new DynamoDenylistStore(connection()), denylistKey(), clock);
    }
}
