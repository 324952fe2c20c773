package tad.plugins.studiowebsite;

import edu.uci.ics.crawler4j.url.WebURL;
import java.net.URI;
import java.util.Optional;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.PluginContext;
import tad.plugin.RobotsVerdict;

/**
 * One bounded crawl of one studio site. crawler4j's frontier schedules the links (roster pages first, then by
 * depth); every request goes through the host's polite client, so robots.txt (RFC 9309), the per-host interval
 * (a larger Crawl-delay wins), retries and the circuit breaker are the host's, shared with every other plugin. The
 * site's sitemaps are read first for roster-like pages. Each page is fetched conditionally when the page memory
 * knows it ({@link PageFetch}), and script-built pages are rendered when the host offers a renderer
 * ({@link PageReading}).
 */
public final class SiteCrawl {
    private final CrawlSettings settings;
    private final PluginContext context;
    private final CanonicalUrls urls;

    public SiteCrawl(CrawlSettings settings, PluginContext context) {
        this.settings = settings;
        this.context = context;
        this.urls = settings.canonicalUrls();
    }

    public CrawlOutcome crawl(URI start, String studioName) {
        CrawlJournal journal = new CrawlJournal();
        String startUrl = urls.canonical(start.toString()).orElse(start.toString());
        SiteScope scope = new SiteScope(URI.create(startUrl));
        RobotsVerdict robots;
        try {
            robots = context.http().robots(URI.create(startUrl));
        } catch (HttpFailure failure) {
            journal.fail(failure.failure().reason(), "robots.txt: " + failure.failure().detail());
            return journal.outcome();
        }
        if (!robots.allowed()) {
            journal.skipped(startUrl, robots.reason());
            journal.fail(Failure.Reason.ROBOTS_DISALLOWED, "robots.txt disallows the start page");
            return journal.outcome();
        }
        try (SiteFrontier frontier = SiteFrontier.open(settings.storageRoot())) {
            Links links = new Links(urls, scope, frontier, journal, settings.maxDepth());
            links.seed(startUrl);
            new Sitemaps(context.http(), context.memory(), context.clock(), scope, journal, settings.maxSitemaps())
                    .rosterPages(URI.create(startUrl), robots.sitemaps()).forEach(links::fromSitemap);
            PageReading reading = new PageReading(context, settings.render(), studioName, journal);
            PageFetch fetch = new PageFetch(context.http(), context.memory(), context.clock());
            for (Optional<WebURL> next = frontier.next(); next.isPresent(); next = frontier.next()) {
                WebURL url = next.get();
                Optional<String> stop = stopReason(url, journal);
                if (stop.isPresent()) {
                    journal.skipped(url.getURL(), stop.get());
                    frontier.drain().forEach(left -> journal.skipped(left.getURL(), stop.get()));
                    break;
                }
                visit(url, fetch, reading, links, journal);
            }
        } catch (RuntimeException e) {
            context.log().warn("crawl of {} failed: {}", start.getHost(), e.toString());
            journal.fail(Failure.Reason.NETWORK, "crawl failed: " + e.getClass().getSimpleName());
        }
        return journal.outcome();
    }

    private Optional<String> stopReason(WebURL url, CrawlJournal journal) {
        if (journal.requests() >= settings.pageBudget()) {
            return Optional.of("page budget (" + settings.pageBudget() + " pages) reached");
        }
        boolean rosterPage = url.getPriority() == SiteFrontier.ROSTER_FIRST;
        if (settings.stopAfterRoster() && !rosterPage && url.getDepth() > 0 && journal.rosterRead()) {
            // roster pages come first, so the first other page means they have all been read
            return Optional.of("roster pages read; the rest of the site is not needed (stop-after-roster)");
        }
        return Optional.empty();
    }

    private void visit(WebURL next, PageFetch fetch, PageReading reading, Links links, CrawlJournal journal) {
        String url = next.getURL();
        URI uri = URI.create(url);
        RobotsVerdict verdict;
        try {
            verdict = context.http().robots(uri);
        } catch (HttpFailure failure) {
            journal.visitFailed(url, failure.failure().detail());
            journal.fail(failure.failure().reason(), failure.failure().detail());
            return;
        }
        if (!verdict.allowed()) {
            journal.skipped(url, verdict.reason());
            return;
        }
        journal.request();
        boolean rosterPage = next.getPriority() == SiteFrontier.ROSTER_FIRST;
        switch (fetch.fetch(uri)) {
            case PageFetch.Fetched.Page page -> links.fromPage(next, reading.read(uri, page, rosterPage));
            case PageFetch.Fetched.Unchanged unchanged -> links.fromPage(next, reading.reuse(uri, unchanged));
            case PageFetch.Fetched.Redirect redirect -> links.fromRedirect(next, redirect);
            case PageFetch.Fetched.NotHtml notHtml -> {
                journal.visitFailed(url, "not HTML: " + notHtml.contentType());
                journal.fail(Failure.Reason.NOT_HTML, notHtml.contentType() + " at " + SiteScope.pathOf(url));
            }
            case PageFetch.Fetched.Error error -> {
                journal.visitFailed(url, "HTTP " + error.status());
                journal.fail(reasonFor(error.status()), "HTTP " + error.status() + " at " + pathAndQuery(uri));
            }
            case PageFetch.Fetched.Failed failed -> {
                journal.visitFailed(url, failed.failure().detail());
                journal.fail(failed.failure().reason(), failed.failure().detail() + " at " + SiteScope.pathOf(url));
            }
        }
    }

    private static String pathAndQuery(URI uri) {
        return SiteScope.pathOf(uri.toString()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Failure.Reason reasonFor(int status) {
        return switch (status) {
            case 404, 410 -> Failure.Reason.NOT_FOUND;
            case 429 -> Failure.Reason.THROTTLED;
            default -> Failure.Reason.HTTP_ERROR;
        };
    }
}
