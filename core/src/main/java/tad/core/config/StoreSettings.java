package tad.core.config;

import java.net.URI;
import java.util.Optional;

/**
 * Where the primary store lives.
 *
 * @param endpoint   empty for the embedded DynamoDB Local; otherwise a DynamoDB endpoint
 * @param dataServer embedded only: how the local data server that owns DynamoDB Local and writes the index runs
 */
public record StoreSettings(Optional<URI> endpoint, String table, String region, DataServerMode dataServer) {

    public StoreSettings(Optional<URI> endpoint, String table, String region) {
        this(endpoint, table, region, DataServerMode.DETACHED);
    }

    public boolean embedded() {
        return endpoint.isEmpty();
    }

    /**
     * How the embedded store's data server runs. {@code DETACHED}: a background process of its own, shared by every
     * {@code tad} process on the data directory and outliving them (the default). {@code IN_PROCESS}: inside the
     * first process that needs it, until that process has closed every use of it (tests; a single process).
     */
    public enum DataServerMode {
        DETACHED, IN_PROCESS;

        static DataServerMode parse(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "detached" -> DETACHED;
                case "in-process" -> IN_PROCESS;
                default -> throw new ConfigException("data.server must be detached or in-process, not '" + value + "'");
            };
        }
    }
}
