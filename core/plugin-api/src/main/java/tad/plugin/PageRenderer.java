package tad.plugin;

import java.net.URI;

/**
 * Renders a script-built page (a React or Vue app whose HTML is an empty shell) in a headless browser the host
 * runs. Every request the page makes is served through the host's {@link PoliteHttp}: robots.txt, the per-host
 * interval and the User-Agent apply to scripts and API calls exactly as to pages; the browser itself never reaches
 * the network. Off unless the operator enables it and a browser is installed.
 */
public interface PageRenderer {

    /** No renderer: script-built pages are reported as such, not rendered. */
    PageRenderer NONE = new PageRenderer() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public RenderedPage render(URI page, HttpResponse document) throws HttpFailure {
            throw new HttpFailure(Failure.Reason.JAVASCRIPT_ONLY, "no page renderer is enabled");
        }
    };

    /** Whether pages can be rendered here (enabled, and a browser found). */
    boolean available();

    /**
     * Renders the page whose document was already fetched: the browser is given {@code document} instead of
     * fetching the page again, and its subresources go through the polite client.
     */
    RenderedPage render(URI page, HttpResponse document) throws HttpFailure;
}
