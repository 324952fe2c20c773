package tad.core.governance;

/**
 * Rewrites an embedded store's files so deleted data does not linger in free pages or old segments. Production
 * stores (DynamoDB, OpenSearch, S3) manage their own storage: their compactor does nothing.
 */
@FunctionalInterface
public interface Compactor {
    Compactor NONE = () -> { };

    void compact();
}
