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
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import tad.core.domain.ArtistStatus;
import tad.core.domain.ProfileAges;
import tad.core.pipeline.ProfileAgeCensus;
import tad.core.store.Fixtures;
import tad.core.store.Page;
import tad.plugin.BoundingBox;
import tad.plugin.SearchArea;

/**
 * What the end of a crawl reads (the city's artists for stale marking, its studios for retention, the ages of its
 * served profiles for the run's report) costs in proportion to the city, not to the table: counted as the items
 * DynamoDB examined, through a client that sums every Query's and Scan's ScannedCount, and the items read by key.
 * Before the city index, all three read the whole table.
 */
class CityReadsCostTest {
    private final DynamoConnection local = DynamoConnection.inMemory("TattooDirectory");
    private final AtomicInteger examined = new AtomicInteger();
    private final AtomicInteger readByKey = new AtomicInteger();
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

    @Test
    void aRunsProfileAgesReadItsCityNotTheTable() {
        for (int i = 0; i < 120; i++) {
            store.upsertArtist(Fixtures.artist("elsewhere." + i, Set.of(), i % 2 == 0 ? "York" : "Bristol", Set.of()),
                    List.of());
        }
        for (int i = 0; i < 3; i++) {
            store.upsertArtist(Fixtures.artist("leeds." + i, Set.of(), "Leeds", Set.of()), List.of());
        }
        store.upsertArtist(Fixtures.withStatus(Fixtures.artist("leeds.stale", Set.of(), "Leeds", Set.of()),
                ArtistStatus.STALE), List.of());
        ProfileAgeCensus census = new ProfileAgeCensus(store, java.time.Clock.fixed(Fixtures.T0.plusSeconds(3600),
                java.time.ZoneOffset.UTC));
        examined.set(0);
        readByKey.set(0);

        ProfileAges leeds = census.count(new SearchArea("Leeds", "GB", BoundingBox.parse("-1.6,53.7,-1.4,53.9")));

        assertThat(leeds).as("the three served Leeds profiles, fetched an hour ago; the stale one not served")
                .isEqualTo(new ProfileAges(3, 0, 0, 0, 0));
        assertThat(examined.get()).as("index entries examined for a city of 4 artists").isLessThanOrEqualTo(4);
        assertThat(readByKey.get()).as("artists read by key").isLessThanOrEqualTo(4);
        assertThat(census.countAll().total()).as("/metrics still counts every city").isEqualTo(123);
    }

    /** The same connection, with a client that adds up what each Query and Scan examined and each batch read. */
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
            } else if (result instanceof BatchGetItemResponse b) {
                b.responses().values().forEach(items -> readByKey.addAndGet(items.size()));
            }
            return result;
        };
        DynamoDbClient client = (DynamoDbClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
        return new DynamoConnection(client, real.streams(), Optional.empty(), real.table());
    }
}
