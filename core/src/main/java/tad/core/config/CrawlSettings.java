package tad.core.config;

import java.time.Duration;

/**
 * How a crawl run behaves.
 *
 * @param profileSource which profile-source plugin fetches artists' profiles ({@code profile.source}): a plugin id
 *                      ({@code instagram-graph}, {@code instagram}) or {@code none} (studio websites only)
 */
public record CrawlSettings(int concurrency, int staleAfterRuns, Duration googleRetention, String profileSource) {
    public CrawlSettings {
        if (!profileSource.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new ConfigException("profile.source must be a plugin id such as instagram-graph or instagram, or "
                    + "none; got '" + profileSource + "'");
        }
        if (concurrency < 1) {
            throw new ConfigException("crawl.concurrency must be at least 1");
        }
        if (staleAfterRuns < 1) {
            throw new ConfigException("crawl.stale.after.runs must be at least 1");
        }
    }
}
