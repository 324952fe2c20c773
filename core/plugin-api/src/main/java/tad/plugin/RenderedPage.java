package tad.plugin;

import java.util.List;

/**
 * A page after a headless browser ran its scripts.
 *
 * @param html     the rendered document ({@code document.documentElement.outerHTML})
 * @param requests every request the page tried to make, with what the host did about it (fetched through the
 *                 polite client, or refused: robots.txt, not needed to render, another site)
 */
public record RenderedPage(String html, List<PageVisit> requests) {

    public RenderedPage {
        requests = List.copyOf(requests);
    }
}
