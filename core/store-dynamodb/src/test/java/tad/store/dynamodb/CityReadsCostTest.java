package tad.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import tad.core.store.Fixtures;
import tad.core.store.Page;

/**
 * What the end of a crawl reads (the city's artists for stale marking, its studios for retention) costs in proportion
 * to the city, not to the table: counted as the items DynamoDB examined, through a client that sums every Query's
 * and Scan's ScannedCount. Before the city index, both read the whole table.
 */
class CityReadsCostTest {
    private final DynamoConnection local = DynamoConnection.inMemory("TattooDirectory");
    private final AtomicInteger examined = new AtomicInteger();
    private final DynamoArtistStore store = new DynamoArtistStore(counting(local));

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void theEndOfACrawlReadsItsCityNotTheTable() {
        for (int i = 0; i < 120; i++) {
            store.upsertArtist(Fixtures.artist("elsewhere." + i, Set.of("blackwork"), i % 2 == 0 ? "York" : "Bristol",
                    Set.of()), List.of());
        }
        for (int i = 0; i < 3; i++) {
            store.upsertArtist(Fixtures.artist("leeds." + i, Set.of(), "Leeds", Set.of()), List.of());
        }
        store.upsertStudio(Fixtures.studio("leeds-studio", Fixtures.T0.minus(Duration.ofDays(40))));
        examined.set(0);

        Page<String> leeds = store.artistIdsIn("GB", "Leeds", Optional.empty(), 100);
        int dropped = store.dropGoogleLocationsOlderThan(Fixtures.T0.minus(Duration.ofDays(30)), "GB", "Leeds");

        assertThat(leeds.items()).hasSize(3);
        assertThat(dropped).isEqualTo(1);
        assertThat(examined.get()).as("items examined for one city of 4 artists and studios")
                .isLessThanOrEqualTo(4);
    }

    /** The same connection, with a client that adds up what each Query and Scan examined. */
    private DynamoConnection counting(DynamoConnection real) {
        DynamoDbClient target = real.client();
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof QueryResponse q) {
                examined.addAndGet(q.scannedCount());
            } else if (result instanceof ScanResponse s) {
                examined.addAndGet(s.scannedCount());
            }
            return result;
        };
        DynamoDbClient client = (DynamoDbClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
        return new DynamoConnection(client, real.streams(), Optional.empty(), real.table());
    }
}
