package tad.core.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * One host's politeness: at most {@code slots} requests in flight (one by default), and at least {@code interval}
 * between the end of one request and the start of the next. The interval grows to a robots.txt Crawl-delay when
 * that is larger. With more than one slot, starts are also spaced by the interval, so a delay always bounds the
 * host's request rate whatever the slot count.
 */
final class HostGate {
    private final Semaphore slots;
    private final Duration baseInterval;
    private volatile Duration crawlDelay = Duration.ZERO;
    private long nextAllowedNanos = System.nanoTime();
    private long lastLeftNanos = Long.MIN_VALUE;
    final CircuitBreaker breaker;

    HostGate(Duration baseInterval, int slots, CircuitBreaker breaker) {
        if (slots < 1) {
            throw new IllegalArgumentException("a host needs at least one slot, got " + slots);
        }
        this.slots = new Semaphore(slots, true);
        this.baseInterval = baseInterval;
        this.breaker = breaker;
    }

    /**
     * Sets the site's Crawl-delay. It applies at once, also to the gap after the request that fetched robots.txt,
     * which ended before the delay was known.
     */
    synchronized void crawlDelay(Duration delay) {
        this.crawlDelay = delay;
        if (lastLeftNanos != Long.MIN_VALUE) {
            nextAllowedNanos = Math.max(nextAllowedNanos, lastLeftNanos + interval().toNanos());
        }
    }

    Duration interval() {
        return crawlDelay.compareTo(baseInterval) > 0 ? crawlDelay : baseInterval;
    }

    /** Takes one of the host's slots and waits until its turn to start. */
    void enter(Sleeper sleeper) throws InterruptedException {
        slots.acquire();
        try {
            long wait = reserveStart();
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException e) {
            slots.release();
            throw e;
        }
    }

    /** Releases the slot; the next request may start one interval from now. */
    void leave() {
        synchronized (this) {
            lastLeftNanos = System.nanoTime();
            nextAllowedNanos = Math.max(nextAllowedNanos, lastLeftNanos + interval().toNanos());
        }
        slots.release();
    }

    /** Claims the next start time (now, or when the interval has passed) and returns how long to wait for it. */
    private synchronized long reserveStart() {
        long now = System.nanoTime();
        long start = Math.max(now, nextAllowedNanos);
        nextAllowedNanos = start + interval().toNanos();
        return start - now;
    }
}
