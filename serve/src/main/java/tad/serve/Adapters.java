package tad.serve;

import java.time.Clock;
import java.util.Optional;
import tad.core.config.TadConfig;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.denylist.DenylistSecrets;
import tad.media.LocalMediaStore;
import tad.core.search.SearchIndex;
import tad.search.lucene.LuceneSearchIndex;
import tad.search.opensearch.OpenSearchConnections;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoRemovalRequestStore;

/**
 * The adapters a standalone server opens from the typed configuration: the DynamoDB store (embedded DynamoDB Local
 * or an endpoint), OpenSearch when TAD_OPENSEARCH_URL is set or else the Lucene index under {@code data.dir/index},
 * and the local media store under {@code data.dir/media} (on AWS, CloudFront serves media from S3). Closing releases them in reverse order.
 */
final class Adapters implements AutoCloseable {
    private final DynamoConnection dynamo;
    private final SearchIndex index;
    private final Dependencies dependencies;

    private Adapters(DynamoConnection dynamo, SearchIndex index, Dependencies dependencies) {
        this.dynamo = dynamo;
        this.index = index;
        this.dependencies = dependencies;
    }

    static Adapters open(TadConfig config, ServeSettings settings) {
        DynamoConnection dynamo = DynamoConnection.open(config.store(), config.dataDir());
        // AWS sets TAD_OPENSEARCH_URL (a domain endpoint: SigV4-signed); otherwise the embedded Lucene index
        SearchIndex index = config.search().opensearchUrl()
                .map(url -> OpenSearchConnections.open(url, config.search().indexName(), config.store().region()))
                .orElseGet(() -> new LuceneSearchIndex(config.dataDir().resolve("index")));
        Clock clock = Clock.systemUTC();
        DenylistKey key = DenylistSecrets.resolve(config.denylistSecret(), config.dataDir());
        Denylist denylist = new Denylist(new DynamoDenylistStore(dynamo), key, clock);
        Dependencies deps = new Dependencies(new DynamoArtistStore(dynamo), index, denylist,
                new DynamoRemovalRequestStore(dynamo), Optional.of(new LocalMediaStore(config.dataDir().resolve("media"))),
                settings, clock);
        return new Adapters(dynamo, index, deps);
    }

    Dependencies dependencies() {
        return dependencies;
    }

    @Override
    public void close() {
        index.close();
        dynamo.close();
    }
}
