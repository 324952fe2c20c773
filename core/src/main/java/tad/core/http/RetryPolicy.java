package tad.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Exponential backoff with full jitter, overridden by a server's Retry-After when it gives one. */
final class RetryPolicy {
    private final int maxRetries;
    private final Duration base;
    private final Duration maxRetryAfter;
    private final RandomGenerator random;
    private final Clock clock;

    RetryPolicy(int maxRetries, Duration base, Duration maxRetryAfter, RandomGenerator random, Clock clock) {
        this.maxRetries = maxRetries;
        this.base = base;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
        this.clock = clock;
    }

    static boolean retryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    int maxRetries() {
        return maxRetries;
    }

    /**
     * The wait before retry number {@code attempt} (1-based), or empty when the server asks for longer than we are
     * willing to wait (the caller then gives up and reports the response as it is).
     */
    Optional<Duration> delay(int attempt, Optional<String> retryAfter) {
        Optional<Duration> asked = retryAfter.flatMap(this::parseRetryAfter);
        if (asked.isPresent()) {
            return asked.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : asked;
        }
        long ceiling = base.toMillis() * (1L << Math.min(attempt - 1, 16));
        long jittered = ceiling / 2 + random.nextLong(ceiling / 2 + 1);
        return Optional.of(Duration.ofMillis(jittered));
    }

    /** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
    Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
