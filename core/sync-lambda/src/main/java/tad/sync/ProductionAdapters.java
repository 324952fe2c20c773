package tad.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import tad.core.config.ConfigException;
import tad.core.config.RawConfig;
import tad.core.config.StoreSettings;
import tad.core.config.TadConfig;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistSecrets;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.SearchIndex;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexUpdater;
import tad.search.opensearch.OpenSearchConnections;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;

/**
 * The adapters the function runs on, built once per Lambda container from the environment: DynamoDB (to re-read
 * each changed artist and check the denylist) and OpenSearch (to write). Nothing embedded: a function has no data
 * directory that outlives it, so a missing endpoint or secret is an error at start-up, not a silent local store.
 */
public record ProductionAdapters(DynamoConnection dynamo, SearchIndex index, Denylist denylist) {
    /** Reads the typed configuration from the environment (TAD_* variables and AWS_REGION). */
    public static ProductionAdapters fromEnvironment(Map<String, String> env) {
        TadConfig config = TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of()));
        URI opensearch = config.search().opensearchUrl().orElseThrow(() -> new ConfigException(
                "TAD_OPENSEARCH_URL is required: the sync writes to OpenSearch"));
        if (config.denylistSecret().isEmpty()) {
            // without the shared secret the hashes would not match the ones the API and the crawler wrote
            throw new ConfigException("TAD_DENYLIST_SECRET is required: the sync must check the same denylist");
        }
        DynamoConnection dynamo = DynamoConnection.open(remoteStore(config.store()), scratchDir());
        SearchIndex index = OpenSearchConnections.open(opensearch, config.search().indexName(),
                config.store().region());
        Denylist denylist = new Denylist(new DynamoDenylistStore(dynamo),
                DenylistSecrets.resolve(config.denylistSecret(), scratchDir()), Clock.systemUTC());
        return new ProductionAdapters(dynamo, index, denylist);
    }

    public IndexUpdater indexUpdater() {
        return new IndexUpdater(new DynamoArtistStore(dynamo), index, denylist,
                new ArtistDocuments(StyleTaxonomy.bundled()));
    }

    /**
     * The configured endpoint, or the region's public DynamoDB endpoint when none is set: "embedded" (the default
     * for a laptop) cannot mean anything inside Lambda.
     */
    static StoreSettings remoteStore(StoreSettings configured) {
        URI endpoint = configured.endpoint()
                .orElseGet(() -> URI.create("https://dynamodb." + configured.region() + ".amazonaws.com"));
        return new StoreSettings(Optional.of(endpoint), configured.table(), configured.region());
    }

    /** Never written to for a remote store and a configured secret; only Lambda's /tmp is writable anyway. */
    private static Path scratchDir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
