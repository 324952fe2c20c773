package tad.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Per-host circuit breaker: after {@code threshold} consecutive failures the host is left alone for
 * {@code openFor}; then one trial request is let through (half-open), and a success closes it again.
 */
final class CircuitBreaker {
    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    synchronized boolean allowsRequest() {
        return !clock.instant().isBefore(openUntil);
    }

    synchronized void recordSuccess() {
        consecutiveFailures = 0;
        openUntil = Instant.MIN;
    }

    synchronized void recordFailure() {
        consecutiveFailures++;
        if (consecutiveFailures >= threshold) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    synchronized Instant openUntil() {
        return openUntil;
    }
}
