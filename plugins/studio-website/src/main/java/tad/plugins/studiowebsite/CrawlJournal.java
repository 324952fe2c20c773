package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tad.plugin.Failure;
import tad.plugin.PageVisit;

/**
 * What the crawl of one site learns, gathered in one place: the evidence of every page read, the failures, every
 * URL fetched or skipped with the reason, the page requests made (for the budget) and the redirects seen (to catch
 * loops).
 */
final class CrawlJournal {
    private final List<PageEvidence> pages = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<PageVisit> visits = new ArrayList<>();
    private final Set<String> skippedUrls = new HashSet<>();
    private final Map<String, String> redirects = new HashMap<>();
    private int requests;
    private int rosterPagesRead;

    /** One request for a page of the site (robots.txt and sitemaps are not pages). */
    void request() {
        requests++;
    }

    int requests() {
        return requests;
    }

    void page(PageEvidence page) {
        pages.add(page);
        if (page.rosterLike()) {
            rosterPagesRead++;
        }
    }

    /** Whether a roster-like page was read and some page named an artist. */
    boolean rosterRead() {
        return rosterPagesRead > 0 && pages.stream().anyMatch(page -> page.sightings().stream()
                .anyMatch(sighting -> sighting.where().artistEvidence()));
    }

    void fail(Failure.Reason reason, String detail) {
        failures.add(Failure.of(reason, detail));
    }

    void fetched(String url, String reason) {
        visits.add(PageVisit.fetched(url, reason));
    }

    void unchanged(String url, String reason) {
        visits.add(PageVisit.unchanged(url, reason));
    }

    void visitFailed(String url, String reason) {
        visits.add(PageVisit.failed(url, reason));
    }

    /** A URL not requested; listed once however many pages link to it (true the first time). */
    boolean skipped(String url, String reason) {
        if (skippedUrls.add(url)) {
            visits.add(PageVisit.skipped(url, reason));
            return true;
        }
        return false;
    }

    void visits(List<PageVisit> more) {
        visits.addAll(more);
    }

    /** Records a redirect; true when it closes a loop (following the recorded chain from its target comes back). */
    boolean redirectClosesLoop(String from, String to) {
        redirects.put(from, to);
        String current = to;
        for (int hops = 0; hops <= redirects.size(); hops++) {
            if (current.equals(from)) {
                return true;
            }
            current = redirects.get(current);
            if (current == null) {
                return false;
            }
        }
        return true;
    }

    CrawlOutcome outcome() {
        return new CrawlOutcome(List.copyOf(pages), List.copyOf(failures), requests, List.copyOf(visits));
    }
}
