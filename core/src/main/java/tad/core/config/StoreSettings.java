package tad.core.config;

import java.net.URI;
import java.util.Optional;

/**
 * Where the primary store lives.
 *
 * @param endpoint empty for the embedded DynamoDB Local; otherwise a DynamoDB endpoint
 */
public record StoreSettings(Optional<URI> endpoint, String table, String region) {

    public boolean embedded() {
        return endpoint.isEmpty();
    }
}
