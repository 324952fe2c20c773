package tad.plugins.googleplaces;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;
import tad.plugin.PluginContext;

/**
 * Plugin contexts for these tests: the host's real polite client (so 429/5xx retries and Retry-After behave as in a
 * crawl) without the politeness delay, a fixed clock, and the plugin's settings.
 */
final class PlacesContexts {
    static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

    /** Shared by every test in the JVM; each fixture server listens on its own port, so no state leaks between them. */
    private static final PoliteHttpClient HTTP = new PoliteHttpClient(new HttpSettings(
            "tad-test/0 (+https://example.invalid/bot)", Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(5),
            5_000_000, 4, 2, Duration.ofMillis(20), Duration.ofSeconds(5), 20, Duration.ofSeconds(1)));

    private PlacesContexts() {
    }

    /** @param settings key=value pairs of the plugin's config section, on top of api-key and base-url */
    static PluginContext context(URI baseUrl, String apiKey, String... settings) {
        Map<String, String> values = new HashMap<>();
        if (apiKey != null) {
            values.put("api-key", apiKey);
        }
        values.put("base-url", baseUrl.toString());
        for (String setting : settings) {
            String[] pair = setting.split("=", 2);
            values.put(pair[0], pair[1]);
        }
        return new PluginContext(HTTP, new MapConfig(values), Clock.fixed(NOW, ZoneOffset.UTC),
                LoggerFactory.getLogger("google-places-test"));
    }
}
