package tad.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.removal.OwedMail;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalRequestStore;
import tad.core.removal.RemovalRequestStoreContract;

/** The removal request contract on DynamoDB Local, in memory; each test gets its own table. */
class DynamoRemovalRequestStoreTest extends RemovalRequestStoreContract {
    private static DynamoConnection connection;
    private static int tables;
    private String table;

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
        table = "RemovalRequests" + (++tables);
        DynamoTables.ensure(connection.client(), table);
        return new DynamoRemovalRequestStore(connection.client(), table);
    }

    /** The serving API's role may put only items whose partition key starts with REMOVAL#: everything here does. */
    @Test
    void everyItemOfTheWholeLifecycleIsUnderRemovalKeysAndTheAddressLeavesWithTheLastMail() {
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        store.save(RemovalRequest.pending("rq-00000000000000000000cafe", Optional.of("some.artist"), Optional.empty(),
                "requester@example.org", "please", t0));
        assertThat(items()).allSatisfy(item -> assertThat(item.get("PK").s()).startsWith("REMOVAL#"));

        store.decide("rq-00000000000000000000cafe", RemovalRequest.Decision.approve(t0.plusSeconds(60), ""));
        List<OwedMail> owed = store.owedMail(t0.plusSeconds(60), 10);
        assertThat(owed).hasSize(2);
        assertThat(items().toString()).contains("requester@example.org");

        owed.forEach(mail -> store.mailSent(mail, t0.plusSeconds(61)));
        assertThat(items()).allSatisfy(item -> assertThat(item.get("PK").s()).startsWith("REMOVAL#"));
        assertThat(items().toString()).doesNotContain("requester@example.org").doesNotContain("some.artist");
    }

    private List<Map<String, AttributeValue>> items() {
        return connection.client().scan(s -> s.tableName(table)).items();
    }
}
