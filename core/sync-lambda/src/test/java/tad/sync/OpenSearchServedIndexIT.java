package tad.sync;

import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.sync.ServedIndexContract;
import tad.search.opensearch.OpenSearchIndexSettings;
import tad.search.opensearch.OpenSearchNode;
import tad.search.opensearch.OpenSearchSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;

/** What the index may hold, on DynamoDB Local (in memory) and a real OpenSearch node. */
class OpenSearchServedIndexIT extends ServedIndexContract {
    @RegisterExtension
    static final OpenSearchNode NODE = new OpenSearchNode();

    @Override
    protected Adapters open() {
        DynamoConnection dynamo = DynamoConnection.inMemory("TattooDirectory");
        return new Adapters(new DynamoArtistStore(dynamo), new DynamoDenylistStore(dynamo),
                OpenSearchSearchIndex.connect(NODE.endpoint(), OpenSearchIndexSettings.singleNode("served-index-it")),
                dynamo::close);
    }
}
