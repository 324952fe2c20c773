package tad.plugins.instagramgraph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers until when Meta asked us to stop calling. Every caller checks it before a call: a short remaining wait
 * is waited out, a long one defers the artist to the next run without any request, so a throttled crawl never
 * hammers the API.
 */
final class Throttle {
    /** When Meta says "throttled" but not for how long: its windows are a rolling hour. */
    static final Duration UNKNOWN_WAIT = Duration.ofHours(1);

    private final Clock clock;
    private Instant blockedUntil = Instant.MIN;

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** How long calls must still wait; empty when they may go now. */
    synchronized Optional<Duration> remaining() {
        Instant now = clock.instant();
        return now.isBefore(blockedUntil) ? Optional.of(Duration.between(now, blockedUntil)) : Optional.empty();
    }

    /** No call before {@code wait} from now (an earlier, longer block stands). */
    synchronized void block(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }

    /**
     * A block of {@code remaining} has been waited out. The clock may not show it (a test's clock stands still), so
     * the block ends here unless someone set a later one meanwhile.
     */
    synchronized void waitedOut(Duration remaining, Instant askedAt) {
        if (!blockedUntil.isAfter(askedAt.plus(remaining))) {
            blockedUntil = Instant.MIN;
        }
    }

    Instant now() {
        return clock.instant();
    }
}
