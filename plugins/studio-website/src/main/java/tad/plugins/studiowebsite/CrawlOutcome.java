package tad.plugins.studiowebsite;

import java.util.List;
import tad.plugin.Failure;
import tad.plugin.PageVisit;

/**
 * What crawling one site produced.
 *
 * @param pages        evidence of every HTML page read, start page first
 * @param failures     pages that could not be read, with reasons
 * @param pagesFetched page requests made (pages, 304s, redirects and errors; robots.txt and sitemaps not counted)
 * @param visits       every URL fetched or skipped, with the reason, in crawl order
 */
public record CrawlOutcome(List<PageEvidence> pages, List<Failure> failures, int pagesFetched,
                           List<PageVisit> visits) {

    /** An outcome without a visit list (pages read from elsewhere, as in tests of the site-wide decision). */
    public CrawlOutcome(List<PageEvidence> pages, List<Failure> failures, int pagesFetched) {
        this(pages, failures, pagesFetched, List.of());
    }
}
