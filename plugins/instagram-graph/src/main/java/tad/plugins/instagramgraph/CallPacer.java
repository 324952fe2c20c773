package tad.plugins.instagramgraph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The hourly request budget, spread evenly: at most one call every {@code 3600 s / perHour}. Meta counts calls in a
 * rolling hour, so an even pace never runs into the limit however long a crawl lasts, and nothing is saved up for a
 * burst. {@link #acquire()} holds the lock while it waits on purpose: callers on other threads queue behind it, so
 * the budget is one for the whole process.
 */
final class CallPacer {
    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant nextSlot;

    CallPacer(int perHour, Clock clock, Sleeper sleeper) {
        if (perHour < 1) {
            throw new IllegalArgumentException("a pacer needs at least one call an hour");
        }
        this.interval = Duration.ofHours(1).dividedBy(perHour);
        this.clock = clock;
        this.sleeper = sleeper;
        this.nextSlot = clock.instant();
    }

    /** Waits for the next slot and takes it; returns how long it waited. */
    synchronized Duration acquire() throws InterruptedException {
        Instant now = clock.instant();
        Duration wait = now.isBefore(nextSlot) ? Duration.between(now, nextSlot) : Duration.ZERO;
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        // count from the slot taken, not from the clock after sleeping: a clock that stands still (tests) or a
        // sleep that overran must not change the pace
        Instant taken = now.isBefore(nextSlot) ? nextSlot : now;
        nextSlot = taken.plus(interval);
        return wait;
    }

    Duration interval() {
        return interval;
    }
}
