package tad.bootstrap.local;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tad.core.config.RawConfig;
import tad.core.config.Secret;
import tad.core.config.TadConfig;

/**
 * The detached data server's process ({@link DataServers} starts it with this program's own class path). Its
 * configuration comes from the environment its starter gives it: the data directory, the table, the search index
 * and the denylist key, nothing else.
 */
public final class DataServerMain {
    private DataServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        TadConfig config = TadConfig.parse(RawConfig.load(Optional.empty(), System.getenv(), Map.of()));
        Optional<DataServer> server = DataServer.start(config, Clock.systemUTC(), true);
        if (server.isEmpty()) {
            // another process runs it: nothing to do
            System.exit(0);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server.get()::close, "data-server-shutdown"));
        server.get().awaitStop();
        // DynamoDB Local leaves a non-daemon thread behind
        System.exit(0);
    }

    /** The settings the data server needs, as the environment variables its process reads. */
    static Map<String, String> environment(TadConfig config) {
        Map<String, String> env = new HashMap<>();
        env.put("TAD_DATA_DIR", config.dataDir().toAbsolutePath().normalize().toString());
        env.put("TAD_DYNAMODB_TABLE", config.store().table());
        env.put("TAD_DATA_SERVER", "detached");
        env.put("TAD_OPENSEARCH_INDEX", config.search().indexName());
        config.search().opensearchUrl().ifPresent(url -> env.put("TAD_OPENSEARCH_URL", url.toString()));
        config.denylistSecret().map(Secret::value).ifPresent(secret -> env.put("TAD_DENYLIST_SECRET", secret));
        env.put("AWS_REGION", config.store().region());
        env.put("DDB_LOCAL_TELEMETRY", "0");
        return env;
    }
}
