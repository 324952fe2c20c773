package tad.store.dynamodb;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tad.core.notice.NoticeLedger;
import tad.core.notice.NoticeLedgerContract;

/** The notice ledger contract on DynamoDB Local, in memory; each test gets its own table. */
class DynamoNoticeLedgerTest extends NoticeLedgerContract {
    private static DynamoConnection connection;
    private static int tables;

    @BeforeAll
    static void startDynamo() {
        connection = DynamoConnection.inMemory("Notices0");
    }

    @AfterAll
    static void stopDynamo() {
        connection.close();
    }

    @Override
    protected NoticeLedger newEmptyLedger() {
        String table = "Notices" + (++tables);
        DynamoTables.ensure(connection.client(), table);
        return new DynamoNoticeLedger(connection.client(), table);
    }
}
