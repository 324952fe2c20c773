package tad.store.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tad.core.memory.PageMemoryStore;
import tad.core.memory.PageMemoryStoreContract;

/** The page memory contract on DynamoDB Local. */
class DynamoPageMemoryStoreTest extends PageMemoryStoreContract {
    private DynamoConnection connection;
    private PageMemoryStore store;

    @BeforeEach
    void open() {
        connection = DynamoLocal.freshTable();
        store = new DynamoPageMemoryStore(connection);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    protected PageMemoryStore store() {
        return store;
    }
}
