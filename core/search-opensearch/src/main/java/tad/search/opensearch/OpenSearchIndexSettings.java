package tad.search.opensearch;

import java.util.regex.Pattern;

/**
 * Which index the adapter uses and how it is created when missing.
 *
 * @param indexName e.g. {@code tad-artists}; lower case, as OpenSearch requires
 * @param shards primary shards; one is plenty for a directory of this size and keeps scoring and paging simple
 * @param replicas replica shards; 0 on a single node, 1 or more in production
 */
public record OpenSearchIndexSettings(String indexName, int shards, int replicas) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

    public OpenSearchIndexSettings {
        if (indexName == null || !NAME.matcher(indexName).matches()) {
            throw new IllegalArgumentException("index name must be lower case letters, digits, '.', '_' or '-': " + indexName);
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("shards must be 1 or more and replicas 0 or more");
        }
    }

    /** One shard, no replica: a single node (development, tests). */
    public static OpenSearchIndexSettings singleNode(String indexName) {
        return new OpenSearchIndexSettings(indexName, 1, 0);
    }
}
