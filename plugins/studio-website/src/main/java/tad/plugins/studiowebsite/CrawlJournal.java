package tad.plugins.studiowebsite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tad.plugin.Failure;

/**
 * What the crawler threads learn while crawling one site, gathered in one place. Methods are synchronized:
 * crawler4j calls back from its own threads.
 */
final class CrawlJournal {
    private final List<PageEvidence> pages = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, String> redirects = new HashMap<>();
    private int responses;
    private int rosterPagesRead;

    synchronized void response() {
        responses++;
    }

    synchronized void page(PageEvidence page) {
        pages.add(page);
        if (page.rosterLike()) {
            rosterPagesRead++;
        }
    }

    synchronized boolean rosterRead() {
        return rosterPagesRead > 0 && pages.stream().anyMatch(page -> page.sightings().stream()
                .anyMatch(sighting -> sighting.where().artistEvidence()));
    }

    synchronized void fail(Failure.Reason reason, String detail) {
        failures.add(Failure.of(reason, detail));
    }

    /** Records a redirect; true when it closes a loop (following the recorded chain from its target comes back). */
    synchronized boolean redirectClosesLoop(String from, String to) {
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

    synchronized CrawlOutcome outcome() {
        return new CrawlOutcome(List.copyOf(pages), List.copyOf(failures), responses);
    }
}
