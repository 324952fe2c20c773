package tad.plugins.studiowebsite;

import java.nio.file.Path;
import java.util.List;
import tad.plugin.ConfigSection;

/**
 * How one studio site is crawled, read once from the plugin's config section. Politeness (User-Agent, per-host
 * interval, robots.txt, timeouts, size caps, retries) is not here: every request goes through the host's polite
 * client, which owns those settings for all plugins alike.
 *
 * @param pageBudget        most pages requested per site (redirects, errors and 304s count; robots.txt and sitemaps
 *                          do not)
 * @param maxDepth          most link hops from the start page
 * @param storageRoot       where crawler4j's temporary frontier database is created (and deleted again)
 * @param stopAfterRoster   stop once the roster-like pages are read and a page of another kind comes up
 * @param maxSitemaps       most sitemap files read per site (an index and its children together)
 * @param droppedParameters query parameters dropped from every URL (tracking); a trailing {@code *} is a wildcard
 * @param foldIndexPages    whether {@code /x/index.html} and {@code /x/} are one page
 * @param render            whether script-built roster pages are rendered, when the host offers a renderer
 */
public record CrawlSettings(int pageBudget, int maxDepth, Path storageRoot, boolean stopAfterRoster, int maxSitemaps,
                            List<String> droppedParameters, boolean foldIndexPages, boolean render) {

    /** Tracking parameters added by ads, newsletters and social networks; they never change a studio's page. */
    public static final List<String> TRACKING_PARAMETERS = List.of("utm_*", "gclid", "gclsrc", "dclid", "gbraid",
            "wbraid", "fbclid", "igshid", "igsh", "mc_*", "msclkid", "yclid", "ttclid", "twclid", "srsltid", "_ga",
            "_gl", "_hsenc", "_hsmi", "hsa_*", "mkt_tok", "li_fat_id");

    public CrawlSettings {
        require(pageBudget >= 1, "page-budget must be at least 1");
        require(maxDepth >= 0, "max-depth must not be negative");
        require(maxSitemaps >= 0, "max-sitemaps must not be negative");
        droppedParameters = List.copyOf(droppedParameters);
    }

    public static CrawlSettings from(ConfigSection config) {
        Path storage = config.string("data-dir").map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir")));
        return new CrawlSettings(
                config.integer("page-budget", 30),
                config.integer("max-depth", 3),
                storage,
                config.bool("stop-after-roster", true),
                config.integer("max-sitemaps", 4),
                config.list("canonical.drop-params", TRACKING_PARAMETERS),
                config.bool("canonical.fold-index", true),
                config.bool("render", true));
    }

    CanonicalUrls canonicalUrls() {
        return new CanonicalUrls(droppedParameters, foldIndexPages);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
