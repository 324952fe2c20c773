package tad.core.config;

import java.time.Duration;

/** The shared HTTP layer's politeness and resilience settings. */
public record HttpSettings(
        String userAgent,
        Duration hostDelay,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        int concurrency,
        int retries,
        Duration backoffBase,
        Duration maxRetryAfter,
        int circuitFailures,
        Duration circuitOpen,
        int hostConcurrency) {

    public HttpSettings {
        if (concurrency < 1) {
            throw new ConfigException("http.concurrency must be at least 1");
        }
        if (retries < 0) {
            throw new ConfigException("http.retries must not be negative");
        }
        if (hostConcurrency < 1) {
            throw new ConfigException("host.concurrency must be at least 1");
        }
        if (maxBytes < 1024) {
            throw new ConfigException("http.max.bytes must be at least 1024");
        }
    }

    /** Settings with the polite default of one request in flight per host. */
    public HttpSettings(String userAgent, Duration hostDelay, Duration connectTimeout, Duration readTimeout,
                        long maxBytes, int concurrency, int retries, Duration backoffBase, Duration maxRetryAfter,
                        int circuitFailures, Duration circuitOpen) {
        this(userAgent, hostDelay, connectTimeout, readTimeout, maxBytes, concurrency, retries, backoffBase,
                maxRetryAfter, circuitFailures, circuitOpen, 1);
    }

    /** The same settings with another politeness delay (benchmarks, tests). */
    public HttpSettings withHostDelay(Duration delay) {
        return new HttpSettings(userAgent, delay, connectTimeout, readTimeout, maxBytes, concurrency, retries,
                backoffBase, maxRetryAfter, circuitFailures, circuitOpen, hostConcurrency);
    }

    /** The same settings with another number of requests in flight per host (benchmarks against local fixtures). */
    public HttpSettings withHostConcurrency(int slots) {
        return new HttpSettings(userAgent, hostDelay, connectTimeout, readTimeout, maxBytes, concurrency, retries,
                backoffBase, maxRetryAfter, circuitFailures, circuitOpen, slots);
    }
}
