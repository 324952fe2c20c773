package tad.plugins.studiowebsite;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.Locale;
import tad.plugin.Failure;

/**
 * crawler4j's callbacks for one studio site: stays on the site, ranks roster-like links first, reads each HTML
 * page into evidence and turns every way a page can fail into a recorded {@link Failure}.
 */
final class StudioSiteCrawler extends WebCrawler {
    /** crawler4j's frontier hands out lower priority values first. */
    private static final byte ROSTER_FIRST = 0;
    private static final byte OTHER_PAGES = 10;

    private final SiteScope scope;
    private final CrawlJournal journal;
    private final boolean stopAfterRoster;

    StudioSiteCrawler(SiteScope scope, CrawlJournal journal, boolean stopAfterRoster) {
        this.scope = scope;
        this.journal = journal;
        this.stopAfterRoster = stopAfterRoster;
    }

    @Override
    public boolean shouldVisit(Page referringPage, WebURL url) {
        String href = url.getURL();
        if (!scope.isOwnSite(href) || SiteScope.isAsset(href)) {
            return false;
        }
        if (SiteScope.isDocument(href)) {
            journal.fail(Failure.Reason.NOT_HTML, "document link not fetched: " + SiteScope.pathOf(href));
            return false;
        }
        url.setPriority(SiteScope.looksLikeRoster(href, url.getAnchor()) ? ROSTER_FIRST : OTHER_PAGES);
        return true;
    }

    @Override
    public void visit(Page page) {
        String url = page.getWebURL().getURL();
        String type = page.getContentType() == null ? "" : page.getContentType().toLowerCase(Locale.ROOT);
        if (!type.contains("html")) {
            journal.fail(Failure.Reason.NOT_HTML, (type.isEmpty() ? "no content type" : type) + " at "
                    + SiteScope.pathOf(url));
            return;
        }
        if (page.isTruncated()) {
            journal.fail(Failure.Reason.TOO_LARGE, "page over the size cap: " + SiteScope.pathOf(url));
            return;
        }
        boolean rosterLike = SiteScope.looksLikeRoster(url, page.getWebURL().getAnchor());
        if (stopAfterRoster && !rosterLike && page.getWebURL().getDepth() > 0 && journal.rosterRead()) {
            // Roster pages are fetched first, so the first other page means they have all been read.
            getMyController().shutdown();
        }
        journal.page(PageReader.read(JsoupLinkParser.decode(page), url, rosterLike));
    }

    @Override
    protected void handlePageStatusCode(WebURL url, int statusCode, String description) {
        journal.response();
    }

    @Override
    protected void onRedirectedStatusCode(Page page) {
        String from = page.getWebURL().getURL();
        String to = page.getRedirectedToUrl();
        if (!scope.isOwnSite(to)) {
            journal.fail(Failure.Reason.OFF_SITE_REDIRECT, SiteScope.pathOf(from) + " redirects off the site");
        } else if (journal.redirectClosesLoop(from, to)) {
            journal.fail(Failure.Reason.REDIRECT_LOOP, "redirect loop at " + SiteScope.pathOf(from));
        }
    }

    @Override
    protected void onUnexpectedStatusCode(String url, int status, String contentType, String description) {
        Failure.Reason reason = switch (status) {
            case 404, 410 -> Failure.Reason.NOT_FOUND;
            case 429 -> Failure.Reason.THROTTLED;
            default -> Failure.Reason.HTTP_ERROR;
        };
        journal.fail(reason, "HTTP " + status + " at " + SiteScope.pathOf(url));
    }

    @Override
    protected void onPageBiggerThanMaxSize(String url, long size) {
        journal.fail(Failure.Reason.TOO_LARGE, "page of " + size + " bytes over the size cap: " + SiteScope.pathOf(url));
    }

    @Override
    protected void onContentFetchError(Page page) {
        // crawler4j lands here on a socket read timeout or a body that could not be read to its end
        journal.fail(Failure.Reason.TIMEOUT, "no complete answer in time: "
                + SiteScope.pathOf(page.getWebURL().getURL()));
    }

    @Override
    protected void onParseError(WebURL url) {
        journal.fail(Failure.Reason.UNEXPECTED_FORMAT, "unreadable page: " + SiteScope.pathOf(url.getURL()));
    }

    @Override
    protected void onUnhandledException(WebURL url, Throwable e) {
        Failure.Reason reason = e instanceof java.net.SocketTimeoutException || e instanceof
                org.apache.http.conn.ConnectTimeoutException ? Failure.Reason.TIMEOUT : Failure.Reason.NETWORK;
        journal.fail(reason, e.getClass().getSimpleName() + " at " + SiteScope.pathOf(url == null ? "" : url.getURL()));
    }
}
