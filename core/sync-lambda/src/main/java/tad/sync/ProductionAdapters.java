package tad.sync;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import tad.bootstrap.Bootstrap;
import tad.core.config.ConfigException;
import tad.core.config.RawConfig;
import tad.core.config.StoreSettings;
import tad.core.config.TadConfig;
import tad.core.denylist.Denylist;
import tad.core.search.SearchReader;
import tad.core.search.SearchWriter;
import tad.core.sync.IndexUpdater;

/**
 * What the function runs on, asked of the bootstrap once per Lambda container: DynamoDB (to re-read each changed
 * artist and check the denylist) and OpenSearch (to write). Nothing embedded: a function has no data directory that
 * outlives it, so a missing endpoint or secret is an error at start-up, not a silent local store.
 */
public record ProductionAdapters(Bootstrap bootstrap) {
    /** Reads the typed configuration from the environment (TAD_* variables and AWS_REGION). */
    public static ProductionAdapters fromEnvironment(Map<String, String> env) {
        TadConfig config = TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of()));
        if (config.search().opensearchUrl().isEmpty()) {
            throw new ConfigException("TAD_OPENSEARCH_URL is required: the sync writes to OpenSearch");
        }
        if (config.denylistSecret().isEmpty()) {
            // without the shared secret the hashes would not match the ones the API and the crawler wrote
            throw new ConfigException("TAD_DENYLIST_SECRET is required: the sync must check the same denylist");
        }
        if (config.store().embedded()) {
            URI endpoint = remoteStore(config.store()).endpoint().orElseThrow();
            config = TadConfig.parse(RawConfig.load(Optional.empty(), env,
                    Map.of("dynamodb.endpoint", endpoint.toString())));
        }
        return new ProductionAdapters(Bootstrap.open(config));
    }

    public SearchReader search() {
        return bootstrap.searchReader();
    }

    /** OpenSearch is configured (checked above), so this process writes the index itself. */
    public SearchWriter searchWriter() {
        return bootstrap.searchWriter().orElseThrow();
    }

    public Denylist denylist() {
        return bootstrap.denylist();
    }

    public IndexUpdater indexUpdater() {
        return bootstrap.indexUpdater().orElseThrow();
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
}
