package tad.plugins.studiowebsite;

import edu.uci.ics.crawler4j.url.WebURL;
import java.util.List;
import java.util.Optional;
import tad.plugin.Failure;

/**
 * Decides which URLs go into the frontier, in canonical form: the start page, roster-like pages from sitemaps,
 * the links of each page read, and redirect targets. Every URL left out is recorded with the reason (another site,
 * a static asset, a document, too deep), every redirect with where it led.
 */
final class Links {
    private final CanonicalUrls urls;
    private final SiteScope scope;
    private final SiteFrontier frontier;
    private final CrawlJournal journal;
    private final int maxDepth;

    Links(CanonicalUrls urls, SiteScope scope, SiteFrontier frontier, CrawlJournal journal, int maxDepth) {
        this.urls = urls;
        this.scope = scope;
        this.frontier = frontier;
        this.journal = journal;
        this.maxDepth = maxDepth;
    }

    void seed(String startUrl) {
        offer(startUrl, "", 0, SiteFrontier.ROSTER_FIRST);
    }

    /** A roster-like page the sitemap lists, read right after the start page. */
    void fromSitemap(String url) {
        urls.canonical(url).filter(scope::isOwnSite).ifPresent(canonical ->
                offer(canonical, "sitemap", 1, SiteFrontier.ROSTER_FIRST));
    }

    void fromPage(WebURL page, List<PageLinks.Link> links) {
        // the start page, or a roster page by its address or the text that led to it (not an artist's own page)
        boolean rosterPage = page.getDepth() == 0 || SiteScope.looksLikeRoster(page.getURL(), page.getAnchor());
        for (PageLinks.Link link : links) {
            Optional<String> canonical = urls.canonical(link.url());
            if (canonical.isEmpty()) {
                continue;
            }
            String url = canonical.get();
            if (!scope.isOwnSite(url)) {
                journal.skipped(url, "another site");
            } else if (SiteScope.isAsset(url)) {
                journal.skipped(url, "not a page (static asset)");
            } else if (SiteScope.isDocument(url)) {
                if (journal.skipped(url, "not HTML (a document), not fetched")) {
                    journal.fail(Failure.Reason.NOT_HTML, "document link not fetched: " + SiteScope.pathOf(url));
                }
            } else if (page.getDepth() + 1 > maxDepth) {
                if (!frontierHas(url)) {
                    journal.skipped(url, "deeper than max-depth (" + maxDepth + " links from the start page)");
                }
            } else {
                boolean roster = SiteScope.looksLikeRoster(url, link.anchor()) || rosterPage && link.artistPage();
                offer(url, link.anchor(), page.getDepth() + 1,
                        roster ? SiteFrontier.ROSTER_FIRST : SiteFrontier.OTHER_PAGES);
            }
        }
    }

    void fromRedirect(WebURL from, PageFetch.Fetched.Redirect redirect) {
        String source = from.getURL();
        String target = urls.canonical(redirect.target().toString()).orElse(redirect.target().toString());
        String hop = "HTTP " + redirect.status() + " to " + (scope.isOwnSite(target) ? SiteScope.pathOf(target)
                : "another site");
        if (redirect.changed()) {
            journal.fetched(source, hop);
        } else {
            journal.unchanged(source, hop + ", as last run");
        }
        if (!scope.isOwnSite(target)) {
            journal.fail(Failure.Reason.OFF_SITE_REDIRECT, SiteScope.pathOf(source) + " redirects off the site");
        } else if (journal.redirectClosesLoop(source, target)) {
            journal.fail(Failure.Reason.REDIRECT_LOOP, "redirect loop at " + SiteScope.pathOf(source));
        } else {
            String targetKey = urls.key(target).orElse(target);
            // "/artists" redirecting to "/artists/" is the same page: fetch the form the site prefers
            String key = targetKey.equals(urls.key(source).orElse(source)) ? target : targetKey;
            offerKeyed(target, key, from.getAnchor(), from.getDepth(), from.getPriority());
        }
    }

    private void offer(String url, String anchor, int depth, byte priority) {
        offerKeyed(url, urls.key(url).orElse(url), anchor, depth, priority);
    }

    private void offerKeyed(String url, String key, String anchor, int depth, byte priority) {
        frontier.offer(url, key, anchor, depth, priority);
    }

    private boolean frontierHas(String url) {
        return !frontier.isNew(urls.key(url).orElse(url));
    }
}
