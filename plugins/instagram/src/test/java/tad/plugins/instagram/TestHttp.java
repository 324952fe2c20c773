package tad.plugins.instagram;

import java.time.Duration;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;

/**
 * The host's real polite client, configured for local test servers: no per-host delay, two retries with short
 * backoff (Retry-After still honoured), the same caps and redirect rules as a crawl.
 */
final class TestHttp {
    static final String USER_AGENT = "tad-test-bot/0.1 (+https://tad.example/bot)";

    private TestHttp() {
    }

    static PoliteHttpClient client() {
        return new PoliteHttpClient(new HttpSettings(USER_AGENT, Duration.ZERO, Duration.ofSeconds(5),
                Duration.ofSeconds(10), 8L * 1024 * 1024, 4, 2, Duration.ofMillis(20), Duration.ofSeconds(5), 50,
                Duration.ofSeconds(30)));
    }
}
