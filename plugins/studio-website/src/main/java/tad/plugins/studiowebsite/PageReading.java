package tad.plugins.studiowebsite;

import java.net.URI;
import java.util.List;
import tad.plugin.HttpFailure;
import tad.plugin.PluginContext;
import tad.plugin.RememberedPage;
import tad.plugin.RenderedPage;

/**
 * Reads one fetched page: its evidence (handles, names, JSON-LD) and its links. A page that is an empty shell
 * filled in by scripts (a React or Vue app) is rendered by the host's renderer when there is one, and the same
 * extraction then runs on the rendered document; the renderer's requests are listed with the page's. What the page
 * yielded is remembered for the next run ({@link PageRecord}); a 304 then brings it back without reading anything.
 */
final class PageReading {
    private final PluginContext context;
    private final boolean render;
    private final String studioName;
    private final CrawlJournal journal;

    PageReading(PluginContext context, boolean render, String studioName, CrawlJournal journal) {
        this.context = context;
        this.render = render;
        this.studioName = studioName;
        this.journal = journal;
    }

    List<PageLinks.Link> read(URI uri, PageFetch.Fetched.Page page, boolean rosterPage) {
        String url = uri.toString();
        if (page.changed()) {
            journal.fetched(url, page.reason());
        } else {
            journal.unchanged(url, page.reason());
        }
        String html = page.html();
        PageEvidence evidence = PageReader.read(html, url, rosterPage);
        boolean rendered = false;
        if (evidence.scriptRendered() && render && context.renderer().available()) {
            try {
                RenderedPage rendering = context.renderer().render(uri, page.response());
                journal.visits(rendering.requests());
                html = rendering.html();
                evidence = PageReader.read(html, url, rosterPage);
                rendered = true;
            } catch (HttpFailure failure) {
                journal.fail(failure.failure().reason(), "not rendered: " + failure.failure().detail());
            }
        }
        journal.page(evidence);
        List<PageLinks.Link> links = PageLinks.of(html, url, studioName);
        if (page.remember()) {
            PageRecord record = rendered ? PageRecord.renderedPage(page.response().body())
                    : PageRecord.page(page.response().body(), evidence, links);
            context.memory().remember(uri, new RememberedPage(page.response().validators(), record.encode(),
                    context.clock().instant(), record.names()));
        }
        return links;
    }

    /** A page the site says is unchanged (304): what it yielded last run, read by this same reading. */
    List<PageLinks.Link> reuse(URI uri, PageFetch.Fetched.Unchanged page) {
        journal.unchanged(uri.toString(), page.reason());
        journal.page(page.record().evidence());
        return page.record().links();
    }
}
