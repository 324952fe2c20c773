package tad.core.politeness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Host leases for one process (the embedded default): one next-allowed instant per host. Thread-safe. */
public final class InMemoryHostLeases implements HostLeases {
    private final Clock clock;
    private final ConcurrentMap<String, Instant> nextAllowed = new ConcurrentHashMap<>();

    public InMemoryHostLeases(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Duration> tryAcquire(String hostKey, Duration interval) {
        Instant now = clock.instant();
        Duration[] wait = {null};
        // compute() runs atomically per key, so two threads cannot both see the host as free
        nextAllowed.compute(hostKey, (host, next) -> {
            if (next == null || !next.isAfter(now)) {
                return now.plus(interval);
            }
            wait[0] = Duration.between(now, next);
            return next;
        });
        return Optional.ofNullable(wait[0]);
    }
}
