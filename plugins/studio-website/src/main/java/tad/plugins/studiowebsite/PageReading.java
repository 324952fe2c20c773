package tad.plugins.studiowebsite;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PluginContext;
import tad.plugin.RenderedPage;

/**
 * Reads one fetched page: its evidence (handles, names, JSON-LD) and its links. A page that is an empty shell
 * filled in by scripts (a React or Vue app) is rendered by the host's renderer when there is one, and the same
 * extraction then runs on the rendered document; the renderer's requests are listed with the page's.
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
        if (evidence.scriptRendered() && render && context.renderer().available()) {
            try {
                RenderedPage rendered = context.renderer().render(uri, document(uri, page));
                journal.visits(rendered.requests());
                html = rendered.html();
                evidence = PageReader.read(html, url, rosterPage);
            } catch (HttpFailure failure) {
                journal.fail(failure.failure().reason(), "not rendered: " + failure.failure().detail());
            }
        }
        journal.page(evidence);
        return PageLinks.of(html, url, studioName);
    }

    /** The document as fetched, or as remembered when the site answered 304. */
    private static HttpResponse document(URI uri, PageFetch.Fetched.Page page) {
        if (page.response() != null) {
            return page.response();
        }
        return new HttpResponse(200, Map.of("content-type", List.of("text/html; charset=utf-8")),
                page.html().getBytes(StandardCharsets.UTF_8), uri, List.of());
    }
}
