package tad.core.config;

import java.time.Duration;

/** How a crawl run behaves. */
public record CrawlSettings(int concurrency, int staleAfterRuns, Duration googleRetention) {
    public CrawlSettings {
        if (concurrency < 1) {
            throw new ConfigException("crawl.concurrency must be at least 1");
        }
        if (staleAfterRuns < 1) {
            throw new ConfigException("crawl.stale.after.runs must be at least 1");
        }
    }
}
