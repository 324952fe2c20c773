package tad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import java.util.List;
import java.util.Optional;
import java.net.URI;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import tad.core.config.ConfigException;
import tad.core.config.RawConfig;
import tad.core.metrics.MetricPublisher;
import tad.core.metrics.TadMetrics;
import tad.metrics.cloudwatch.CloudWatchClients;
import tad.metrics.cloudwatch.CloudWatchMetricPublisher;
import tad.metrics.cloudwatch.CloudWatchSettings;
import tad.core.config.MediaSettings;
import tad.core.http.Sleeper;
import tad.core.politeness.HostLeases;
import tad.core.queue.JobQueue;
import tad.queue.sqs.SqsClients;
import tad.queue.sqs.SqsJobQueue;
import tad.queue.sqs.SqsQueueSettings;
import tad.store.dynamodb.DynamoHostLeases;
import tad.core.governance.Compactor;
import tad.core.governance.Purger;
import tad.core.governance.RemovalDecisions;
import tad.core.governance.RemovalMail;
import tad.core.mail.MailTemplates;
import tad.core.mail.Mailer;
import tad.core.mail.SiteLinks;
import tad.mail.FileOutbox;
import tad.core.notice.NoticeKeys;
import tad.core.notice.NoticePlan;
import tad.core.notice.StudioNotices;
import tad.store.dynamodb.DynamoNoticeLedger;
import tad.core.governance.TraceVerifier;
import tad.core.removal.RemovalRequestStore;
import tad.store.dynamodb.DynamoAuditTrail;
import tad.store.dynamodb.DynamoLocalCompactor;
import tad.store.dynamodb.DynamoRemovalRequestStore;
import tad.core.config.SearchSettings;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.SearchIndex;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexUpdater;
import tad.search.lucene.LuceneSearchIndex;
import tad.search.opensearch.OpenSearchConnections;
import tad.store.dynamodb.DynamoStreamFollower;
import tad.store.dynamodb.StreamPositionFile;
import tad.core.config.TadConfig;
import tad.core.media.MediaStore;
import tad.media.LocalMediaStore;
import tad.media.s3.S3Clients;
import tad.media.s3.S3MediaSettings;
import tad.media.s3.S3MediaStore;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistSecrets;
import tad.core.http.PoliteHttpClient;
import tad.core.config.RenderSettings;
import tad.core.memory.PageMemoryStore;
import tad.core.render.ChromiumRenderer;
import tad.core.memory.PluginPageMemory;
import tad.core.plugins.PluginHost;
import tad.plugin.PageRenderer;
import tad.store.dynamodb.DynamoPageMemoryStore;
import tad.core.store.ArtistStore;
import tad.core.store.CrawlRunStore;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoCrawlRunStore;
import tad.store.dynamodb.DynamoDenylistStore;

/**
 * Wires adapters from the typed configuration, once per command and only what the command uses (so `tad config`
 * never starts DynamoDB Local). Everything opened is closed when the command ends.
 */
final class App {
    private static final String CLOUDWATCH_ENDPOINT = "metrics.cloudwatch.endpoint";

    private final TadConfig config;
    private final Environment environment;
    private final Clock clock = Clock.systemUTC();
    private DynamoConnection dynamo;
    private PoliteHttpClient http;
    private PluginHost plugins;
    private MediaStore media;
    private SearchIndex search;
    private DynamoStreamFollower follower;
    private PageMemoryStore pageMemory;
    private Mailer mailer;

    App(TadConfig config, Environment environment) {
        this.config = config;
        this.environment = environment;
    }

    TadConfig config() {
        return config;
    }

    Clock clock() {
        return clock;
    }

    DynamoConnection dynamo() {
        if (dynamo == null) {
            dynamo = environment.closeLater(DynamoConnection.open(config.store(), dataDir()));
        }
        return dynamo;
    }

    ArtistStore store() {
        return new DynamoArtistStore(dynamo());
    }

    CrawlRunStore runs() {
        return new DynamoCrawlRunStore(dynamo());
    }

    Denylist denylist() {
        return new Denylist(new DynamoDenylistStore(dynamo()),
                DenylistSecrets.resolve(config.denylistSecret(), dataDir()), clock);
    }

    MediaStore media() {
        if (media == null) {
            MediaSettings settings = config.media();
            media = settings.bucket().map(bucket -> s3(new S3MediaSettings(bucket, settings.prefix(),
                    config.store().region(), settings.endpoint())))
                    .orElseGet(() -> new LocalMediaStore(dataDir().resolve("media")));
        }
        return media;
    }

    private MediaStore s3(S3MediaSettings settings) {
        var client = environment.closeLater(S3Clients.create(settings, DefaultCredentialsProvider.builder().build()));
        return new S3MediaStore(client, settings);
    }

    SearchIndex search() {
        if (search == null) {
            SearchSettings settings = config.search();
            search = settings.opensearchUrl()
                    .map(url -> OpenSearchConnections.open(url, settings.indexName(), config.store().region()))
                    .orElseGet(() -> new LuceneSearchIndex(dataDir().resolve("index")));
            SearchIndex opened = search;
            environment.closeLater(opened::close);
        }
        return search;
    }

    IndexUpdater indexUpdater() {
        return new IndexUpdater(store(), search(), denylist(), new ArtistDocuments(StyleTaxonomy.bundled()));
    }

    /** Follows DynamoDB's stream into the index; its position lives beside the embedded index. */
    DynamoStreamFollower follower() {
        if (follower == null) {
            follower = new DynamoStreamFollower(dynamo(), indexUpdater(), streamPosition());
        }
        return follower;
    }

    private StreamPositionFile streamPosition() {
        return new StreamPositionFile(dataDir().resolve("index-sync").resolve("stream-position.json"));
    }

    /**
     * Purges an artist everywhere. Embedded: the index follower first consumes the deletes, then DynamoDB Local's
     * file is compacted so no deleted bytes or stream records remain.
     */
    Purger purger() {
        List<Compactor> compactors = config.store().embedded()
                ? List.of(() -> follower().poll(), DynamoLocalCompactor.forDataDir(dataDir(), streamPosition()))
                : List.of();
        return new Purger(store(), search(), Optional.of(media()), List.of(outbox()::deleteArtist), compactors,
                Optional.of(pageMemory()));
    }

    RemovalDecisions removals() {
        return new RemovalDecisions(removalRequests(), store(), denylist(), purger(), new DynamoAuditTrail(dynamo()),
                clock, removalMail());
    }

    /** The acknowledgement and decision e-mails owed to removal requesters, sent with the configured mailer. */
    RemovalMail removalMail() {
        return new RemovalMail(removalRequests(), mailer(), new MailTemplates(), new DynamoAuditTrail(dynamo()), clock,
                new SiteLinks(config.siteUrl()));
    }

    Mailer mailer() {
        if (mailer == null) {
            mailer = MailWiring.mailer(config, environment, dataDir(), clock);
        }
        return mailer;
    }

    FileOutbox outbox() {
        return MailWiring.outbox(config, dataDir(), clock);
    }

    NoticePlan noticePlan() {
        return new NoticePlan(store(), denylist(), noticeKeys(), new DynamoNoticeLedger(dynamo()));
    }

    StudioNotices studioNotices() {
        return new StudioNotices(noticeKeys(), new DynamoNoticeLedger(dynamo()), mailer(), new MailTemplates(),
                new SiteLinks(config.siteUrl()), config.mail().fromAddress(), clock);
    }

    private NoticeKeys noticeKeys() {
        return new NoticeKeys(DenylistSecrets.resolve(config.denylistSecret(), dataDir()));
    }

    RemovalRequestStore removalRequests() {
        return new DynamoRemovalRequestStore(dynamo());
    }

    TraceVerifier traces() {
        return new TraceVerifier(store(), search(), Optional.of(media()), StyleTaxonomy.bundled());
    }

    PoliteHttpClient http() {
        if (http == null) {
            // distributed workers share each host's interval through the table; one process needs no lease
            Optional<HostLeases> shared = queueUrl().isPresent() && !config.store().embedded()
                    ? Optional.of(new DynamoHostLeases(dynamo(), clock)) : Optional.empty();
            http = environment.closeLater(new PoliteHttpClient(config.http(), clock, Sleeper.REAL,
                    RandomGenerator.getDefault(), shared));
        }
        return http;
    }

    Optional<URI> queueUrl() {
        return config.raw().get("queue.url").map(URI::create);
    }

    /** The SQS crawl queue; the in-process queue cannot be shared between processes, so a URL is required. */
    JobQueue queue() {
        URI url = queueUrl().orElseThrow(() -> new ConfigException("TAD_QUEUE_URL is not set: `tad worker` and "
                + "`tad crawl --enqueue` need an SQS queue (docs/distributed.md)"));
        SqsClient sqs = environment.closeLater(SqsClients.forQueue(url, Region.of(config.store().region())));
        return SqsJobQueue.connect(sqs, SqsQueueSettings.of(url));
    }

    /** CloudWatch in the configured region; the endpoint override is for tests (a local server, fixed keys). */
    MetricPublisher metrics() {
        CloudWatchSettings settings = new CloudWatchSettings(TadMetrics.NAMESPACE, config.store().region(),
                config.raw().get(CLOUDWATCH_ENDPOINT).map(text -> httpUrl(CLOUDWATCH_ENDPOINT, text)));
        return new CloudWatchMetricPublisher(environment.closeLater(CloudWatchClients.create(settings)),
                settings.namespace());
    }

    private static URI httpUrl(String key, String text) {
        String problem = key + " (" + RawConfig.envName(key) + ") must be an http(s) URL, got '" + text + "'";
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new ConfigException(problem);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(problem);
        }
    }

    PluginHost plugins() {
        if (plugins == null) {
            plugins = environment.closeLater(PluginHost.start(config.plugins().directory(),
                    config.plugins().enabled(), http(), clock, config::pluginSection,
                    id -> new PluginPageMemory(id, this::pageMemory), renderer()));
        }
        return plugins;
    }

    /** The headless-Chromium renderer of script-built pages when `render.enabled`, else none. */
    private PageRenderer renderer() {
        RenderSettings settings = RenderSettings.from(config.raw());
        return settings.enabled() ? environment.closeLater(new ChromiumRenderer(settings, http())) : PageRenderer.NONE;
    }

    /** What each plugin's pages yielded in earlier runs, in the table; opened by the first plugin that asks. */
    synchronized PageMemoryStore pageMemory() {
        if (pageMemory == null) {
            pageMemory = new DynamoPageMemoryStore(dynamo());
        }
        return pageMemory;
    }

    Path dataDir() {
        Path dir = config.dataDir();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data directory " + dir + ": " + e.getMessage());
        }
        return dir;
    }
}
