package tad.serve;

import java.time.Clock;
import java.util.Optional;
import tad.core.config.TadConfig;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.denylist.DenylistSecrets;
import tad.media.LocalMediaStore;
import tad.search.lucene.LuceneSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoRemovalRequestStore;

/**
 * The adapters a standalone server opens from the typed configuration: the DynamoDB store (embedded DynamoDB Local
 * or an endpoint), the Lucene index under {@code data.dir/index} and the local media store under
 * {@code data.dir/media}. Closing releases them in reverse order.
 */
final class Adapters implements AutoCloseable {
    private final DynamoConnection dynamo;
    private final LuceneSearchIndex index;
    private final Dependencies dependencies;

    private Adapters(DynamoConnection dynamo, LuceneSearchIndex index, Dependencies dependencies) {
        this.dynamo = dynamo;
        this.index = index;
        this.dependencies = dependencies;
    }

    static Adapters open(TadConfig config, ServeSettings settings) {
        DynamoConnection dynamo = DynamoConnection.open(config.store(), config.dataDir());
        LuceneSearchIndex index = new LuceneSearchIndex(config.dataDir().resolve("index"));
        Clock clock = Clock.systemUTC();
        DenylistKey key = DenylistSecrets.resolve(config.denylistSecret(), config.dataDir());
        Denylist denylist = new Denylist(new DynamoDenylistStore(dynamo), key, clock);
        Dependencies deps = new Dependencies(new DynamoArtistStore(dynamo), index, denylist, key,
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
