package tad.core.pipeline;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.store.CrawlLeases;
import tad.core.store.CrawlLeases.Lease;

/**
 * The right to crawl an area, held for the length of one crawl: two crawls of one area never run at once (crawls of
 * different areas do). It is renewed every {@link #RENEW_EVERY}; a crawl killed outright stops renewing, and its
 * lease counts as gone once expired, or at once when it names a process of this host that no longer runs.
 */
public final class CrawlLease implements AutoCloseable {
    static final Duration TTL = Duration.ofSeconds(60);
    static final Duration RENEW_EVERY = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(CrawlLease.class);

    private final CrawlLeases leases;
    private final String area;
    private final Lease mine;
    private final ScheduledExecutorService heartbeat;

    private CrawlLease(CrawlLeases leases, String area, Lease mine, Clock clock) {
        this.leases = leases;
        this.area = area;
        this.mine = mine;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                .name("crawl-lease").unstarted(r));
        heartbeat.scheduleWithFixedDelay(() -> renew(clock), RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Takes the area's lease, or fails naming the crawl that holds it. */
    public static CrawlLease take(CrawlLeases leases, String area, Clock clock) throws Held {
        Lease mine = new Lease(UUID.randomUUID().toString(), thisHost(), ProcessHandle.current().pid(),
                clock.instant().plus(TTL));
        if (leases.tryPut(area, mine, clock.instant(), Optional.empty())) {
            return new CrawlLease(leases, area, mine, clock);
        }
        Optional<Lease> held = leases.current(area);
        if (held.isPresent() && gone(held.get(), clock)
                && leases.tryPut(area, mine, clock.instant(), Optional.of(held.get().holder()))) {
            return new CrawlLease(leases, area, mine, clock);
        }
        throw new Held("a crawl of " + area + " is already running"
                + held.map(h -> " (process " + h.pid() + " on " + h.host() + ")").orElse("")
                + "; it resumes from where it stopped if it is killed");
    }

    /** Whether the lease's crawl is no longer running: its lease expired, or its process on this host is gone. */
    public static boolean gone(Lease lease, Clock clock) {
        if (lease.expiresAt().isBefore(clock.instant())) {
            return true;
        }
        return lease.host().equals(thisHost())
                && ProcessHandle.of(lease.pid()).map(p -> !p.isAlive()).orElse(true);
    }

    private void renew(Clock clock) {
        try {
            Lease renewed = new Lease(mine.holder(), mine.host(), mine.pid(), clock.instant().plus(TTL));
            if (!leases.tryPut(area, renewed, clock.instant(), Optional.of(mine.holder()))) {
                LOG.warn("the crawl lease of {} was taken over by another crawl", area);
            }
        } catch (RuntimeException e) {
            LOG.warn("renewing the crawl lease of {} failed, retrying: {}", area, e.toString());
        }
    }

    private static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Another crawl of the area runs now. */
    public static final class Held extends CrawlFatalException {
        Held(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            leases.release(area, mine.holder());
        } catch (RuntimeException e) {
            // it expires by itself
            LOG.warn("releasing the crawl lease of {} failed: {}", area, e.toString());
        }
    }
}
