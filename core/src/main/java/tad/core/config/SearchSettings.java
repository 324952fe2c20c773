package tad.core.config;

import java.net.URI;
import java.util.Optional;

/**
 * Which search index: the embedded Lucene index under the data directory, or an OpenSearch endpoint when one is
 * given (AWS OpenSearch Service in production).
 */
public record SearchSettings(Optional<URI> opensearchUrl, String indexName) {

    public boolean embedded() {
        return opensearchUrl.isEmpty();
    }
}
