package tad.serve;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client: {@code burst} requests at once, refilled at {@code perHour}. Memory is bounded: when
 * too many clients are tracked, buckets that have refilled completely (idle clients) are dropped.
 */
final class RateLimiter {
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double tokensPerNano;
    private final Clock clock;

    RateLimiter(int perHour, int burst, Clock clock) {
        this.capacity = burst;
        this.tokensPerNano = perHour / (double) Duration.ofHours(1).toNanos();
        this.clock = clock;
    }

    /** Takes a token for the client; empty when allowed, otherwise the seconds until a token is available. */
    OptionalLong acquire(String client) {
        long now = nanos();
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(capacity, now)).take(now);
    }

    private long nanos() {
        java.time.Instant at = clock.instant();
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized OptionalLong take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            double wait = (1 - tokens) / tokensPerNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(wait / 1_000_000_000d)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + Math.max(0, now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
