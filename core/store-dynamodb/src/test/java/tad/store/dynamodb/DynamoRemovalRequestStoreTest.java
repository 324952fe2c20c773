package tad.store.dynamodb;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tad.core.removal.RemovalRequestStore;
import tad.core.removal.RemovalRequestStoreContract;

/** The removal request contract on DynamoDB Local, in memory; each test gets its own table. */
class DynamoRemovalRequestStoreTest extends RemovalRequestStoreContract {
    private static DynamoConnection connection;
    private static int tables;

    @BeforeAll
    static void startDynamo() {
        connection = DynamoConnection.inMemory("RemovalRequests0");
    }

    @AfterAll
    static void stopDynamo() {
        connection.close();
    }

    @Override
    protected RemovalRequestStore newEmptyStore() {
        String table = "RemovalRequests" + (++tables);
        DynamoTables.ensure(connection.client(), table);
        return new DynamoRemovalRequestStore(connection.client(), table);
    }
}
