package tad.plugins.studiowebsite;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import tad.plugin.Failure;

/**
 * One bounded crawl of one studio site with crawler4j: a fresh frontier database in a temporary folder (deleted
 * afterwards), one crawler thread (a small site is fetched one page at a time anyway, under the per-host interval),
 * robots.txt honoured by crawler4j's own robots server, and shutdown delays lowered from crawler4j's ~40 s to about
 * one monitor interval.
 */
public final class SiteCrawl {
    private final CrawlSettings settings;
    private final Logger log;

    public SiteCrawl(CrawlSettings settings, Logger log) {
        this.settings = settings;
        this.log = log;
    }

    public CrawlOutcome crawl(URI start) {
        SiteScope scope = new SiteScope(start);
        CrawlJournal journal = new CrawlJournal();
        Path storage;
        try {
            Files.createDirectories(settings.storageRoot());
            storage = Files.createTempDirectory(settings.storageRoot(), "studio-website-");
        } catch (IOException e) {
            journal.fail(Failure.Reason.NETWORK, "no crawl storage folder: " + e.getMessage());
            return journal.outcome();
        }
        try {
            CrawlController controller = controller(storage);
            controller.addSeed(start.toString());
            controller.start(() -> new StudioSiteCrawler(scope, journal, settings.stopAfterRoster()), 1);
            if (journal.outcome().pagesFetched() == 0 && !controller.getRobotstxtServer().allows(seed(start))) {
                journal.fail(Failure.Reason.ROBOTS_DISALLOWED, "robots.txt disallows the start page");
            }
        } catch (Exception e) {
            log.warn("crawl of {} failed: {}", start.getHost(), e.toString());
            journal.fail(Failure.Reason.NETWORK, "crawl failed: " + e.getClass().getSimpleName());
        } finally {
            deleteQuietly(storage);
        }
        return journal.outcome();
    }

    private CrawlController controller(Path storage) throws Exception {
        CrawlConfig config = new CrawlConfig();
        config.setCrawlStorageFolder(storage.toString());
        config.setResumableCrawling(false);
        config.setMaxPagesToFetch(settings.pageBudget());
        config.setMaxDepthOfCrawling(settings.maxDepth());
        config.setUserAgentString(settings.userAgent());
        config.setPolitenessDelay(settings.hostDelayMs());
        config.setConnectionTimeout(settings.connectTimeoutMs());
        config.setSocketTimeout(settings.readTimeoutMs());
        config.setMaxDownloadSize(settings.maxBytes());
        config.setIncludeHttpsPages(true);
        // Binary answers reach visit() (as empty pages, see JsoupPageParser) to be recorded as NOT_HTML, not dropped.
        config.setIncludeBinaryContentInCrawling(true);
        config.setProcessBinaryContentInCrawling(false);
        config.setFollowRedirects(true);
        config.setOnlineTldListUpdate(false);
        config.setMaxConnectionsPerHost(1);
        config.setThreadMonitoringDelaySeconds(settings.monitorIntervalSeconds());
        config.setThreadShutdownDelaySeconds(0);
        config.setCleanupDelaySeconds(0);
        PageFetcher fetcher = new PageFetcher(config);
        RobotstxtConfig robots = new RobotstxtConfig();
        robots.setEnabled(true);
        robots.setUserAgentName(settings.robotsAgent());
        Parser parser = new JsoupPageParser(config, new JsoupLinkParser());
        return new CrawlController(config, fetcher, parser, new RobotstxtServer(robots, fetcher));
    }

    private static edu.uci.ics.crawler4j.url.WebURL seed(URI start) {
        edu.uci.ics.crawler4j.url.WebURL url = new edu.uci.ics.crawler4j.url.WebURL();
        url.setURL(start.toString());
        return url;
    }

    private void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete crawl storage {}: {}", dir, e.getMessage());
        }
    }
}
