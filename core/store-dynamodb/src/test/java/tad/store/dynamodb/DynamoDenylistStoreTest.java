package tad.store.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tad.core.store.DenylistStore;
import tad.core.store.DenylistStoreContract;

/** The DenylistStore contract on DynamoDB Local (the same suite would run unchanged against AWS). */
class DynamoDenylistStoreTest extends DenylistStoreContract {
    private DynamoConnection connection;
    private DenylistStore store;

    @BeforeEach
    void open() {
        connection = DynamoLocal.freshTable();
        store = new DynamoDenylistStore(connection);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    protected DenylistStore store() {
        return store;
    }
}
