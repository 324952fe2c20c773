package tad.sync;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import tad.core.sync.ServedIndexContract;
import tad.search.lucene.LuceneSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;

/** What the index may hold, on DynamoDB Local (in memory) and the embedded Lucene index. */
class LuceneServedIndexTest extends ServedIndexContract {
    @TempDir
    Path dir;

    @Override
    protected Adapters open() {
        DynamoConnection dynamo = DynamoConnection.inMemory("TattooDirectory");
        return new Adapters(new DynamoArtistStore(dynamo), new DynamoDenylistStore(dynamo),
                new LuceneSearchIndex(dir.resolve("index")), dynamo::close);
    }
}
