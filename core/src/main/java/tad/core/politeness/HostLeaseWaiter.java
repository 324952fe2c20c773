package tad.core.politeness;

import java.time.Duration;
import java.util.Optional;

/**
 * Blocks until a host lease is granted: the small loop an HTTP client runs before each request to a host. Kept
 * here so the HTTP layer only needs one call, and tests can give a sleeper that records instead of sleeping.
 */
public final class HostLeaseWaiter {

    /** Sleeps for a duration; the real one is {@code d -> Thread.sleep(d)}. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HostLeases leases;
    private final Pause pause;

    public HostLeaseWaiter(HostLeases leases, Pause pause) {
        this.leases = leases;
        this.pause = pause;
    }

    /** Returns once this caller holds the host's current interval; the total time waited is returned. */
    public Duration awaitTurn(String hostKey, Duration interval) throws InterruptedException {
        Duration waited = Duration.ZERO;
        for (Optional<Duration> wait = leases.tryAcquire(hostKey, interval); wait.isPresent();
             wait = leases.tryAcquire(hostKey, interval)) {
            pause.sleep(wait.get());
            waited = waited.plus(wait.get());
        }
        return waited;
    }
}
