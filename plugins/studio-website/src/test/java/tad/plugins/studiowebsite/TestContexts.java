package tad.plugins.studiowebsite;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;
import tad.plugin.PageMemory;
import tad.plugin.PageRenderer;
import tad.plugin.PluginContext;

/**
 * Plugin contexts for tests, with the host's real {@link PoliteHttpClient}: every request of the plugin goes
 * through it. No politeness delay for local fixtures unless the system property {@code tad.test.host-delay-ms} asks
 * for one (the benchmark uses it).
 */
final class TestContexts {
    static final String USER_AGENT = "tad-bot/0.1 (+https://tad.example/bot)";
    private static final Duration DELAY = Duration.ofMillis(Long.parseLong(System.getProperty("tad.test.host-delay-ms",
            "0")));
    private static final PoliteHttpClient HTTP = new PoliteHttpClient(settings(DELAY, Duration.ofSeconds(10)));

    private TestContexts() {
    }

    /** The host's settings for tests: no retries, so an error page is reported at once. */
    static HttpSettings settings(Duration hostDelay, Duration readTimeout) {
        return new HttpSettings(USER_AGENT, hostDelay, Duration.ofSeconds(5), readTimeout, 2L * 1024 * 1024, 4, 0,
                Duration.ofMillis(100), Duration.ofSeconds(5), 5, Duration.ofSeconds(30));
    }

    /** The shared client the other contexts use. */
    static PoliteHttpClient http() {
        return HTTP;
    }

    static PluginContext fast() {
        return with(Map.of());
    }

    static PluginContext with(Map<String, String> overrides) {
        return with(HTTP, overrides, PageMemory.NONE, PageRenderer.NONE);
    }

    static PluginContext with(PoliteHttpClient http, Map<String, String> overrides, PageMemory memory,
                              PageRenderer renderer) {
        Map<String, String> config = new HashMap<>(overrides);
        return new PluginContext(http, new MapConfig(Map.copyOf(config)), Clock.systemUTC(),
                LoggerFactory.getLogger("studio-website-test"), memory, renderer);
    }
}
