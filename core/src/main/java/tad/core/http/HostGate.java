package tad.core.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * One host's politeness: one request at a time, and at least {@code interval} between the end of one request and
 * the start of the next. The interval grows to a robots.txt Crawl-delay when that is larger.
 */
final class HostGate {
    private final Semaphore single = new Semaphore(1, true);
    private final Duration baseInterval;
    private volatile Duration crawlDelay = Duration.ZERO;
    private long nextAllowedNanos;
    final CircuitBreaker breaker;

    HostGate(Duration baseInterval, CircuitBreaker breaker) {
        this.baseInterval = baseInterval;
        this.breaker = breaker;
    }

    void crawlDelay(Duration delay) {
        this.crawlDelay = delay;
    }

    Duration interval() {
        return crawlDelay.compareTo(baseInterval) > 0 ? crawlDelay : baseInterval;
    }

    /** Takes the host's only slot and waits until its interval has passed. */
    void enter(Sleeper sleeper) throws InterruptedException {
        single.acquire();
        try {
            long wait = nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException e) {
            single.release();
            throw e;
        }
    }

    /** Releases the slot; the next request may start one interval from now. */
    void leave() {
        nextAllowedNanos = System.nanoTime() + interval().toNanos();
        single.release();
    }
}
