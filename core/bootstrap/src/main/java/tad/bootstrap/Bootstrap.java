package tad.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tad.core.config.TadConfig;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.governance.AuditTrail;
import tad.core.governance.Purger;
import tad.core.governance.RemovalDecisions;
import tad.core.governance.RemovalMail;
import tad.core.mail.Mailer;
import tad.core.notice.NoticePlan;
import tad.core.notice.StudioNotices;
import tad.mail.FileOutbox;
import tad.core.governance.TraceVerifier;
import tad.core.http.PoliteHttpClient;
import tad.core.media.MediaStore;
import tad.core.memory.PageMemoryNames;
import tad.core.metrics.MetricPublisher;
import tad.core.pipeline.CrawlDependencies;
import tad.core.plugins.PluginHost;
import tad.core.queue.JobQueue;
import tad.core.removal.RemovalRequestStore;
import tad.core.search.SearchReader;
import tad.core.search.SearchWriter;
import tad.core.store.ArtistStore;
import tad.core.store.CrawlLeases;
import tad.core.store.CrawlRunStore;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexRebuild;
import tad.core.sync.IndexUpdater;
import tad.store.dynamodb.DynamoConnection;

/**
 * The one place that opens adapters, for every process: the CLI verbs, {@code tad serve}, the API container
 * ({@code tad.serve.Main}), the worker and the sync Lambda. It takes the typed configuration parsed once at the
 * entry point and opens each piece the first time a process asks for it, so an entry point differs from another
 * only in what it asks for ({@code tad config} opens nothing; the Lambda never touches media or plugins). Closing
 * releases everything opened, last opened first.
 *
 * <p>To add an adapter: its port in core, its module beside the others, a dependency of this module, and an
 * accessor here that opens it from its settings record on first use and registers it with the closer (a piece
 * class of its own when it needs more than a few lines; see {@code core/bootstrap/README.md}). ArchUnit keeps
 * every other module from opening adapters itself.
 */
public final class Bootstrap implements AutoCloseable {
    private final TadConfig config;
    private final Clock clock;
    private final Closer closer = new Closer();
    private final StorePieces store;
    private final SearchPieces search;
    private final MediaPieces media;
    private final CrawlPieces crawl;
    private final GovernancePieces governance;
    private final CloudPieces cloud;
    private final MailPieces mail;

    private Bootstrap(TadConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        Path dataDir = config.dataDir();
        this.store = new StorePieces(config, dataDir, clock, closer);
        this.search = new SearchPieces(config, dataDir, store, closer);
        this.media = new MediaPieces(config, dataDir, closer);
        this.crawl = new CrawlPieces(config, clock, store, media, closer);
        this.mail = new MailPieces(config, dataDir, clock, store, closer);
        this.governance = new GovernancePieces(config, dataDir, clock, store, search, media, mail);
        this.cloud = new CloudPieces(config, closer);
    }

    /** Opens nothing yet: each piece opens when first asked for. */
    public static Bootstrap open(TadConfig config) {
        return new Bootstrap(config, Clock.systemUTC());
    }

    public TadConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    /** The data directory, created when missing (the embedded stores, the denylist secret, local media). */
    public Path dataDir() {
        Path dir = config.dataDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
        return dir;
    }

    // ---- the store

    public ArtistStore artistStore() {
        return store.artists();
    }

    public CrawlRunStore crawlRuns() {
        return store.runs();
    }

    /** Who crawls which area now (a crawl's heartbeat; how a killed crawl is recognised). */
    public CrawlLeases crawlLeases() {
        return store.crawlLeases();
    }

    public Denylist denylist() {
        return store.denylist();
    }

    /** The key the denylist hashes with (configured, or generated once into the data directory). */
    public DenylistKey denylistKey() {
        return store.denylistKey();
    }

    /** What the crawl remembered of each page, seen through the denylist (what the crawl's plugins write to). */
    public PageMemoryNames pageMemory() {
        return store.pageMemoryNames();
    }

    public RemovalRequestStore removalRequests() {
        return store.removalRequests();
    }

    public AuditTrail auditTrail() {
        return store.audit();
    }

    /** The table's own connection, for the few tools that read its stream directly (tests, the data server). */
    public DynamoConnection dynamoConnection() {
        return store.connection();
    }

    // ---- search

    /** The read side of the search index: what every process searches. */
    public SearchReader searchReader() {
        return search.reader();
    }

    /**
     * The write side of the search index, when this process writes it itself (OpenSearch; Lucene with a remote
     * store); empty with the embedded store, whose index only the local data server writes (from the store's stream).
     */
    public Optional<SearchWriter> searchWriter() {
        return search.ownIndex().map(SearchWriter.class::cast);
    }

    /** What keeps the index a subset of what the store serves, where this process writes the index itself. */
    public Optional<IndexUpdater> indexUpdater() {
        return search.updater();
    }

    /**
     * The follower that keeps the embedded index in step with the store (it runs in the local data server; a
     * {@code catchUp} here returns once the data server applied everything so far); empty when the stream Lambda
     * does it.
     */
    public Optional<IndexFollower> indexFollower() {
        return search.follower();
    }

    /** Rebuilds the search index from the store (embedded: the data server, the index's one writer, does it). */
    public IndexRebuild.Result rebuildIndex() {
        return search.rebuild();
    }

    // ---- media

    public MediaStore mediaStore() {
        return media.store();
    }

    // ---- the crawl

    public PoliteHttpClient http() {
        return crawl.http();
    }

    /** The enabled plugins, started. */
    public PluginHost plugins() {
        return crawl.plugins();
    }

    /** Only the given plugins, started (for verbs that need one plugin, not a crawl). */
    public PluginHost plugins(List<String> pluginIds) {
        return crawl.plugins(pluginIds);
    }

    /** Everything a crawl runs on: stores, denylist, the enabled plugins' extensions, the image mirror, HTTP. */
    public CrawlDependencies crawlDependencies() {
        return crawl.dependencies();
    }

    // ---- governance

    public Purger purger() {
        return governance.purger();
    }

    public RemovalDecisions removalDecisions() {
        return governance.decisions();
    }

    public TraceVerifier traceVerifier() {
        return governance.traces();
    }

    /** The directory whose raw bytes a trace check scans: the data directory when the stores are embedded. */
    public Optional<Path> rawDataDir() {
        return governance.rawDataDir();
    }

    // ---- e-mail

    /** The mailer {@code mail.transport} names: the file outbox, SMTP or SES. */
    public Mailer mailer() {
        return mail.mailer();
    }

    /** The file outbox under the data directory (listed and purged whatever the transport). */
    public FileOutbox outbox() {
        return mail.outbox();
    }

    /** The acknowledgement and decision e-mails owed to removal requesters. */
    public RemovalMail removalMail() {
        return mail.removalMail();
    }

    public NoticePlan noticePlan() {
        return mail.noticePlan();
    }

    public StudioNotices studioNotices() {
        return mail.studioNotices();
    }

    // ---- the distributed crawl and metrics

    public JobQueue jobQueue() {
        return cloud.queue();
    }

    public MetricPublisher metricPublisher() {
        return cloud.metrics();
    }

    @Override
    public void close() {
        closer.close();
    }
}
