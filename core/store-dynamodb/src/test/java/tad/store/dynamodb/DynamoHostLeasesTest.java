package tad.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tad.core.politeness.HostLeases;
import tad.core.politeness.HostLeasesContract;
import tad.core.queue.MutableClock;

/** The HostLeases contract on DynamoDB Local; two adapter instances on one table stand for two Fargate workers. */
class DynamoHostLeasesTest extends HostLeasesContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private DynamoConnection connection;
    private HostLeases workerOne;
    private HostLeases workerTwo;

    @BeforeEach
    void open() {
        connection = DynamoLocal.freshTable();
        workerOne = new DynamoHostLeases(connection, clock);
        workerTwo = new DynamoHostLeases(connection, clock);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    protected HostLeases leases() {
        return workerOne;
    }

    @Override
    protected HostLeases otherWorker() {
        return workerTwo;
    }

    @Override
    protected void passTime(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void theLeaseIsOneItemUnderTheHostKey() {
        workerOne.tryAcquire("studio-a.example", Duration.ofSeconds(1));
        var item = new Table(connection.client(), connection.table())
                .get(java.util.Map.of(Keys.PK, Attrs.s("HOST#studio-a.example"), Keys.SK, Attrs.s("LEASE")))
                .orElseThrow();
        assertThat(Attrs.str(item, Keys.ENTITY)).isEqualTo("HOST_LEASE");
        assertThat(Attrs.num(item, "nextAllowedAt", 0)).isEqualTo(clock.instant().plusSeconds(1).toEpochMilli());
    }
}
