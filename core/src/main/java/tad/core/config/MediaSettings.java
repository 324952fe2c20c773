package tad.core.config;

import java.net.URI;
import java.util.Optional;

/**
 * Where mirrored images go: a local folder under the data directory, or an S3 bucket when one is named.
 *
 * @param endpoint an S3-compatible endpoint instead of AWS's own
 */
public record MediaSettings(Optional<String> bucket, String prefix, Optional<URI> endpoint) {

    public boolean local() {
        return bucket.isEmpty();
    }
}
