package tad.core.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tad.core.queue.MutableClock;

class InMemoryHostLeasesTest extends HostLeasesContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final InMemoryHostLeases shared = new InMemoryHostLeases(clock);

    @Override
    protected HostLeases leases() {
        return shared;
    }

    @Override
    protected HostLeases otherWorker() {
        // threads of one process share the one instance: that is what "another worker" means in memory
        return shared;
    }

    @Override
    protected void passTime(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void theWaiterSleepsExactlyUntilItsTurn() throws InterruptedException {
        List<Duration> slept = new ArrayList<>();
        HostLeaseWaiter waiter = new HostLeaseWaiter(shared, d -> {
            slept.add(d);
            clock.advance(d);
        });
        assertThat(waiter.awaitTurn("studio-a.example", Duration.ofSeconds(2))).isZero();
        clock.advance(Duration.ofMillis(500));
        assertThat(waiter.awaitTurn("studio-a.example", Duration.ofSeconds(2))).isEqualTo(Duration.ofMillis(1500));
        assertThat(slept).containsExactly(Duration.ofMillis(1500));
    }
}
