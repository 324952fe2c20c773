package tad.plugins.studiowebsite;

import com.sleepycat.je.Environment;
import com.sleepycat.je.EnvironmentConfig;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.frontier.DocIDServer;
import edu.uci.ics.crawler4j.frontier.Frontier;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * crawler4j's frontier for one site: its Berkeley DB work queue hands out URLs by priority, then depth, then
 * discovery order, and its doc-id server remembers every URL seen, by the canonical key, so a page is scheduled
 * once. Fetching is not crawler4j's: the crawl takes the next URL from here and fetches it through the host's
 * polite client. The database lives in a fresh temporary folder that {@link #close()} deletes.
 */
final class SiteFrontier implements AutoCloseable {
    /** The frontier hands out lower priority values first. */
    static final byte ROSTER_FIRST = 0;
    static final byte OTHER_PAGES = 10;

    private final Path storage;
    private final Environment environment;
    private final DocIDServer seen;
    private final Frontier frontier;

    private SiteFrontier(Path storage) {
        this.storage = storage;
        CrawlConfig config = new CrawlConfig();
        config.setCrawlStorageFolder(storage.toString());
        config.setResumableCrawling(false);
        config.setMaxPagesToFetch(-1);
        EnvironmentConfig environmentConfig = new EnvironmentConfig();
        environmentConfig.setAllowCreate(true);
        environmentConfig.setTransactional(false);
        environmentConfig.setLocking(false);
        this.environment = new Environment(storage.toFile(), environmentConfig);
        this.seen = new DocIDServer(environment, config);
        this.frontier = new Frontier(environment, config);
    }

    static SiteFrontier open(Path root) {
        try {
            Files.createDirectories(root);
            return new SiteFrontier(Files.createTempDirectory(root, "studio-website-"));
        } catch (IOException e) {
            throw new UncheckedIOException("no crawl storage folder under " + root, e);
        }
    }

    /**
     * Schedules a URL unless its key was seen before; true when it was scheduled.
     *
     * @param key the canonical key that tells two URLs of one page apart from others
     */
    boolean offer(String url, String key, String anchor, int depth, byte priority) {
        if (seen.isSeenBefore(key)) {
            return false;
        }
        WebURL next = new WebURL();
        next.setURL(url);
        next.setDocid(seen.getNewDocID(key));
        next.setDepth((short) depth);
        next.setAnchor(anchor == null ? "" : anchor);
        next.setPriority(priority);
        frontier.schedule(next);
        return true;
    }

    /** Whether no URL with this key was scheduled yet. */
    boolean isNew(String key) {
        return !seen.isSeenBefore(key);
    }

    /** The next URL to fetch, best first; empty when the queue is drained. */
    Optional<WebURL> next() {
        if (frontier.getQueueLength() == 0) {
            return Optional.empty();
        }
        List<WebURL> one = new ArrayList<>(1);
        frontier.getNextURLs(1, one);
        return one.stream().findFirst();
    }

    /** Everything still queued, in order (what a stopped crawl did not fetch). */
    List<WebURL> drain() {
        List<WebURL> rest = new ArrayList<>();
        for (Optional<WebURL> next = next(); next.isPresent(); next = next()) {
            rest.add(next.get());
        }
        return rest;
    }

    @Override
    public void close() {
        try {
            frontier.close();
            seen.close();
            environment.close();
        } finally {
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete crawl storage " + storage, e);
            }
        }
    }
}
