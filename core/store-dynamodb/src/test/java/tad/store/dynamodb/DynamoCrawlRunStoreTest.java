package tad.store.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tad.core.store.CrawlRunStore;
import tad.core.store.CrawlRunStoreContract;

/** The CrawlRunStore contract on DynamoDB Local (the same suite would run unchanged against AWS). */
class DynamoCrawlRunStoreTest extends CrawlRunStoreContract {
    private DynamoConnection connection;
    private CrawlRunStore store;

    @BeforeEach
    void open() {
        connection = DynamoLocal.freshTable();
        store = new DynamoCrawlRunStore(connection);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    protected CrawlRunStore store() {
        return store;
    }
}
