package tad.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tad.bootstrap.Bootstrap;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.store.dynamodb.DynamoConnection;

/**
 * A data directory's store as a test reads it after a command: through the bootstrap and the local data server, as
 * every tad process reaches it (a data server already running for the directory is used; else one runs in the test
 * until this closes).
 */
final class LocalStore implements AutoCloseable {
    private final Bootstrap boot;

    private LocalStore(Bootstrap boot) {
        this.boot = boot;
    }

    static LocalStore open(Path data) {
        return new LocalStore(Bootstrap.open(TadConfig.parse(RawConfig.load(Optional.empty(),
                Map.of("TAD_DATA_DIR", data.toString(), "TAD_DATA_SERVER", "in-process"), Map.of()))));
    }

    DynamoConnection dynamo() {
        return boot.dynamoConnection();
    }

    @Override
    public void close() {
        boot.close();
    }
}
