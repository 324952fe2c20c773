package tad.plugins.studiowebsite;

import java.util.List;
import tad.plugin.Failure;

/**
 * What crawling one site produced.
 *
 * @param pages        evidence of every HTML page read, start page first
 * @param failures     pages that could not be read, with reasons
 * @param pagesFetched responses received (pages, redirects and errors; robots.txt not counted)
 */
public record CrawlOutcome(List<PageEvidence> pages, List<Failure> failures, int pagesFetched) {
}
