package tad.core.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link HostLeases} adapter must have. Subclasses give leases that all read the same clock,
 * which {@link #passTime} moves; {@link #otherWorker()} is a second handle on the same shared state, as a second
 * process would have.
 */
public abstract class HostLeasesContract {
    private static final Duration SECOND = Duration.ofSeconds(1);

    protected abstract HostLeases leases();

    protected abstract HostLeases otherWorker();

    protected abstract void passTime(Duration duration);

    @Test
    void theFirstRequestToAHostMayGoAtOnce() {
        assertThat(leases().tryAcquire("studio-a.example", SECOND)).isEmpty();
    }

    @Test
    void theNextCallerWaitsForTheRestOfTheInterval() {
        assertThat(leases().tryAcquire("studio-a.example", SECOND)).isEmpty();
        passTime(Duration.ofMillis(300));
        assertThat(leases().tryAcquire("studio-a.example", SECOND)).contains(Duration.ofMillis(700));
        passTime(Duration.ofMillis(700));
        assertThat(leases().tryAcquire("studio-a.example", SECOND)).isEmpty();
    }

    @Test
    void aWaitingCallerDoesNotPushTheHostBack() {
        leases().tryAcquire("studio-a.example", SECOND);
        leases().tryAcquire("studio-a.example", SECOND);
        leases().tryAcquire("studio-a.example", SECOND);
        passTime(SECOND);
        assertThat(leases().tryAcquire("studio-a.example", SECOND)).isEmpty();
    }

    @Test
    void hostsAreIndependent() {
        assertThat(leases().tryAcquire("studio-a.example", SECOND)).isEmpty();
        assertThat(leases().tryAcquire("studio-b.example:8080", SECOND)).isEmpty();
    }

    @Test
    void aLongerIntervalSuchAsACrawlDelayIsKept() {
        leases().tryAcquire("slow.example", Duration.ofSeconds(10));
        passTime(Duration.ofSeconds(2));
        assertThat(leases().tryAcquire("slow.example", SECOND)).contains(Duration.ofSeconds(8));
    }

    @Test
    void twoWorkersShareOneIntervalPerHost() {
        assertThat(leases().tryAcquire("www.instagram.com", SECOND)).isEmpty();
        assertThat(otherWorker().tryAcquire("www.instagram.com", SECOND)).isPresent();
        passTime(SECOND);
        assertThat(otherWorker().tryAcquire("www.instagram.com", SECOND)).isEmpty();
        assertThat(leases().tryAcquire("www.instagram.com", SECOND)).isPresent();
    }

    @Test
    void exactlyOneOfManyConcurrentCallersIsGranted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Duration>>> callers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                HostLeases handle = i % 2 == 0 ? leases() : otherWorker();
                callers.add(() -> handle.tryAcquire("busy.example", Duration.ofMinutes(1)));
            }
            int granted = 0;
            for (Future<Optional<Duration>> f : pool.invokeAll(callers)) {
                granted += f.get().isEmpty() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
