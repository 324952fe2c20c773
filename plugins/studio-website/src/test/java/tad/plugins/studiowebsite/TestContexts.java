package tad.plugins.studiowebsite;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;
import tad.plugin.PluginContext;

/**
 * Plugin contexts for tests, with the host's real {@link PoliteHttpClient} (the plugin itself fetches through
 * crawler4j configured from the {@code http.*} keys, see the README). No politeness delay for local fixtures unless
 * the system property {@code tad.test.host-delay-ms} asks for one (the benchmark uses it).
 */
final class TestContexts {
    private static final String DELAY_MS = System.getProperty("tad.test.host-delay-ms", "0");
    private static final PoliteHttpClient HTTP = new PoliteHttpClient(new HttpSettings(
            CrawlSettings.DEFAULT_USER_AGENT, Duration.ofMillis(Long.parseLong(DELAY_MS)), Duration.ofSeconds(5),
            Duration.ofSeconds(10), 2L * 1024 * 1024, 4, 0, Duration.ofMillis(100), Duration.ofSeconds(5), 5,
            Duration.ofSeconds(30)));

    private TestContexts() {
    }

    static PluginContext fast() {
        return with(Map.of());
    }

    static PluginContext with(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>();
        config.put("http.host-delay-ms", DELAY_MS);
        config.putAll(overrides);
        return new PluginContext(HTTP, new MapConfig(Map.copyOf(config)), Clock.systemUTC(),
                LoggerFactory.getLogger("studio-website-test"));
    }
}
