package tad.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import tad.bootstrap.Bootstrap;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistSecrets;
import tad.core.domain.CrawlReport;
import tad.core.http.PoliteHttpClient;
import tad.core.pipeline.CrawlDependencies;
import tad.core.pipeline.CrawlFatalException;
import tad.core.pipeline.CrawlPipeline;
import tad.core.pipeline.CrawlProgress;
import tad.core.pipeline.Enrichers;
import tad.core.pipeline.ImageMirror;
import tad.core.pipeline.ProfileSources;
import tad.core.plugins.PluginHost;
import tad.plugin.ArtistSource;
import tad.plugin.Enricher;
import tad.plugin.ProfileSource;
import tad.plugin.SearchArea;
import tad.plugin.StudioSource;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoCrawlRunStore;
import tad.store.dynamodb.DynamoDenylistStore;

/**
 * The crawl pipeline with {@link ImageMirror#NONE}, to measure the engine without image work. The CLI has no
 * switch for that, so this wires the same adapters as {@code tad.cli.CrawlWiring} and {@code tad.cli.App} do for
 * an embedded store (same config parsing, DynamoDB Local, plugin host, polite HTTP client), except the mirror.
 */
final class ImagelessCrawl {
    private ImagelessCrawl() {
    }

    /** The report, and when the profile phase began (studios discovered). */
    record Outcome(CrawlReport report, long discoveredNanos) {
    }

    /**
     * @param memoryStore DynamoDB Local in memory instead of its SQLite file under the data dir, to see how much of
     *                    the time is the embedded store's disk
     */
    static Outcome run(Map<String, String> env, boolean memoryStore) throws CrawlFatalException {
        TadConfig config = TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of()));
        Clock clock = Clock.systemUTC();
        Path data = config.dataDir();
        try {
            Files.createDirectories(data);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + data, e);
        }
        DiscoveryClock progress = new DiscoveryClock();
        try (Bootstrap boot = Bootstrap.open(config);
             DynamoConnection memory = memoryStore ? DynamoConnection.inMemory(config.store().table()) : null;
             PoliteHttpClient http = new PoliteHttpClient(config.http());
             PluginHost plugins = PluginHost.start(config.plugins().directory(), config.plugins().enabled(), http,
                     clock, config::pluginSection)) {
            DynamoConnection dynamo = memoryStore ? memory : boot.dynamoConnection();
            CrawlDependencies deps = new CrawlDependencies(
                    new DynamoArtistStore(dynamo),
                    new DynamoCrawlRunStore(dynamo),
                    new Denylist(new DynamoDenylistStore(dynamo),
                            DenylistSecrets.resolve(config.denylistSecret(), data), clock),
                    plugins.extensions(StudioSource.class),
                    plugins.extensions(ArtistSource.class),
                    ProfileSources.select(config.crawl().profileSource(), plugins.extensions(ProfileSource.class)),
                    new Enrichers(plugins.extensions(Enricher.class)),
                    ImageMirror.NONE,
                    http,
                    config.crawl(),
                    clock);
            CrawlReport report = new CrawlPipeline(deps, progress).run(
                    new SearchArea(CityShape.LABEL, "GB", CityShape.BOX));
            return new Outcome(report, progress.discoveredNanos);
        }
    }

    /** Notes when discovery ended; the profile phase starts there. */
    private static final class DiscoveryClock implements CrawlProgress {
        private volatile long discoveredNanos;

        @Override
        public void resumed(String runId, Instant startedAt) {
        }

        @Override
        public void studiosDiscovered(int count, int requests) {
            discoveredNanos = System.nanoTime();
        }

        @Override
        public void studioFinished(int done, int total) {
        }

        @Override
        public void artistFinished(String outcome) {
        }
    }
}
