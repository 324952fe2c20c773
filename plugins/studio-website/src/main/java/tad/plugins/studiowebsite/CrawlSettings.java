package tad.plugins.studiowebsite;

import java.nio.file.Path;
import java.util.Optional;
import tad.plugin.ConfigSection;

/**
 * How one studio site is crawled, read once from the plugin's config section. The {@code http.*} keys are the
 * host's shared politeness settings, which the host copies into every plugin's section.
 *
 * @param pageBudget              most pages fetched per site (redirects and errors count)
 * @param maxDepth                most link hops from the start page
 * @param userAgent               the User-Agent header, naming the bot and a contact URL
 * @param robotsAgent             the product token matched against robots.txt User-agent lines
 * @param hostDelayMs             minimum interval between two requests to the site
 * @param connectTimeoutMs        connect timeout
 * @param readTimeoutMs           socket read timeout
 * @param maxBytes                pages larger than this are refused as too large
 * @param storageRoot             where crawler4j's temporary frontier database is created (and deleted again)
 * @param monitorIntervalSeconds  how often crawler4j checks whether the crawl is finished (its loop sleeps this long)
 * @param stopAfterRoster         stop once the roster-like pages are read and a page of another kind comes up
 */
public record CrawlSettings(int pageBudget, int maxDepth, String userAgent, String robotsAgent, int hostDelayMs,
                            int connectTimeoutMs, int readTimeoutMs, int maxBytes, Path storageRoot,
                            int monitorIntervalSeconds, boolean stopAfterRoster) {

    public static final String DEFAULT_USER_AGENT = "tad-bot/0.1 (+https://tad.example/bot)";

    public CrawlSettings {
        require(pageBudget >= 1, "page-budget must be at least 1");
        require(maxDepth >= 0, "max-depth must not be negative");
        require(hostDelayMs >= 0, "http.host-delay-ms must not be negative");
        require(connectTimeoutMs > 0 && readTimeoutMs > 0, "timeouts must be positive");
        require(maxBytes > 0, "http.max-bytes must be positive");
        require(monitorIntervalSeconds >= 1, "monitor-interval-seconds must be at least 1");
    }

    public static CrawlSettings from(ConfigSection config) {
        String userAgent = config.string("http.user-agent", DEFAULT_USER_AGENT);
        Path storage = config.string("data-dir").map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir")));
        long maxBytes = config.longValue("http.max-bytes", 2L * 1024 * 1024);
        return new CrawlSettings(
                config.integer("page-budget", 30),
                config.integer("max-depth", 3),
                userAgent,
                config.string("robots-agent").orElse(productToken(userAgent)),
                config.integer("http.host-delay-ms", 1000),
                config.integer("http.connect-timeout-ms", 5000),
                config.integer("http.read-timeout-ms", 10000),
                (int) Math.min(Integer.MAX_VALUE, maxBytes),
                storage,
                config.integer("monitor-interval-seconds", 1),
                config.bool("stop-after-roster", true));
    }

    /** {@code tad-bot/0.1 (+https://…)} → {@code tad-bot}: robots.txt groups name the product, not the version. */
    static String productToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return Optional.of(token).filter(t -> !t.isEmpty()).orElse("tad-bot");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
