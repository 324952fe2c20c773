package tad.plugins.instagram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The global Instagram request budget: {@code perMinute} tokens a minute, at most {@code capacity} saved up.
 * {@link #acquire()} takes a token, sleeping until one is due. It holds its lock while sleeping on purpose: callers
 * on other threads queue behind it, so the budget is global however many workers the crawl runs.
 */
final class TokenBucket {
    private static final double NANOS_PER_MINUTE = 60e9;

    private final int perMinute;
    private final int capacity;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;
    private Instant lastRefill;

    TokenBucket(int perMinute, int capacity, Clock clock, Sleeper sleeper) {
        if (perMinute < 1 || capacity < 1) {
            throw new IllegalArgumentException("a token bucket needs a positive rate and capacity");
        }
        this.perMinute = perMinute;
        this.capacity = capacity;
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = capacity;
        this.lastRefill = clock.instant();
    }

    /** Takes one token; returns how long it waited for it. */
    synchronized Duration acquire() throws InterruptedException {
        refill(clock.instant());
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        Duration wait = Duration.ofNanos((long) Math.ceil((1 - tokens) * NANOS_PER_MINUTE / perMinute));
        sleeper.sleep(wait);
        // The token accrued while sleeping is the one we take. Restarting accrual from "now" rather than from the
        // clock's view of the elapsed time keeps the pace right even on a clock that stands still (tests fix it).
        tokens = 0;
        lastRefill = later(lastRefill, clock.instant());
        return wait;
    }

    private void refill(Instant now) {
        if (now.isAfter(lastRefill)) {
            long elapsedNanos = Duration.between(lastRefill, now).toNanos();
            tokens = Math.min(capacity, tokens + (double) elapsedNanos * perMinute / NANOS_PER_MINUTE);
            lastRefill = now;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
