package tad.store.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tad.core.store.ArtistStore;
import tad.core.store.ArtistStoreContract;

/** The ArtistStore contract on DynamoDB Local (the same suite would run unchanged against AWS). */
class DynamoArtistStoreTest extends ArtistStoreContract {
    private DynamoConnection connection;
    private ArtistStore store;

    @BeforeEach
    void open() {
        connection = DynamoLocal.freshTable();
        store = new DynamoArtistStore(connection);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    protected ArtistStore store() {
        return store;
    }
}
