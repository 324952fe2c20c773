package tad.bootstrap.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The processes using a data server. A process registers when it connects and leaves when it closes; one killed
 * (kill -9) is forgotten once its pid is no longer alive. The server is idle when none is left and nothing asked
 * it anything for the idle time.
 */
final class ClientRegistry {
    private final Clock clock;
    private final Optional<Duration> idleAfter;
    private final Set<Long> pids = new HashSet<>();
    private Instant lastUse;

    ClientRegistry(Clock clock, Optional<Duration> idleAfter) {
        this.clock = clock;
        this.idleAfter = idleAfter;
        this.lastUse = clock.instant();
    }

    synchronized void register(long pid) {
        pids.add(pid);
        used();
    }

    synchronized void leave(long pid) {
        pids.remove(pid);
        used();
    }

    synchronized void used() {
        lastUse = clock.instant();
    }

    synchronized int live() {
        pids.removeIf(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        return pids.size();
    }

    /** No live client and no request for the idle time (never, for a server without one: in-process). */
    synchronized boolean idle() {
        return idleAfter.isPresent() && live() == 0
                && Duration.between(lastUse, clock.instant()).compareTo(idleAfter.get()) > 0;
    }
}
