package tad.core.pipeline;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.domain.CrawlReport;
import tad.core.domain.ProfileAges;
import tad.core.domain.SitePages;
import tad.core.store.RunTally;
import tad.core.store.UpsertOutcome;
import tad.plugin.Failure;

/** Thread-safe tallies of one run, turned into its {@link CrawlReport}. */
final class RunCounters {
    final AtomicInteger placesRequests = new AtomicInteger();
    final AtomicInteger studiosFound = new AtomicInteger();
    final AtomicInteger studiosWithoutWebsite = new AtomicInteger();
    final AtomicInteger sitesCrawled = new AtomicInteger();
    final AtomicInteger artistsFound = new AtomicInteger();
    final AtomicInteger artistsNew = new AtomicInteger();
    final AtomicInteger artistsUpdated = new AtomicInteger();
    final AtomicInteger artistsUnchanged = new AtomicInteger();
    final AtomicInteger skippedDenylisted = new AtomicInteger();
    final AtomicInteger artistsStale = new AtomicInteger();
    final AtomicInteger pagesChanged = new AtomicInteger();
    final AtomicInteger pagesUnchanged = new AtomicInteger();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    void failed(Failure failure) {
        failures.computeIfAbsent(failure.reason().name(), k -> new AtomicInteger()).incrementAndGet();
    }

    void outcome(UpsertOutcome outcome) {
        switch (outcome) {
            case NEW -> artistsNew.incrementAndGet();
            case UPDATED -> artistsUpdated.incrementAndGet();
            case UNCHANGED -> artistsUnchanged.incrementAndGet();
        }
    }

    /** What a job adds to its run's tally (discovery and stale counts belong to the run's start and finish). */
    RunTally tally() {
        return new RunTally(studiosWithoutWebsite.get(), sitesCrawled.get(), artistsFound.get(), artistsNew.get(), artistsUpdated.get(),
                artistsUnchanged.get(), skippedDenylisted.get(), failuresByReason(), sitePages());
    }

    SitePages sitePages() {
        return new SitePages(pagesChanged.get(), pagesUnchanged.get());
    }

    CrawlReport report(String runId, String area, Instant started, Instant finished, CrawlReport.Status status) {
        return report(runId, area, started, finished, status, ProfileAges.NONE);
    }

    CrawlReport report(String runId, String area, Instant started, Instant finished, CrawlReport.Status status,
                       ProfileAges ages) {
        return new CrawlReport(runId, area, started, finished == null ? java.util.Optional.empty()
                : java.util.Optional.of(finished), status, placesRequests.get(), studiosFound.get(),
                studiosWithoutWebsite.get(), sitesCrawled.get(), artistsFound.get(), artistsNew.get(), artistsUpdated.get(), artistsUnchanged.get(),
                skippedDenylisted.get(), artistsStale.get(), ages, failuresByReason(), sitePages());
    }

    private Map<String, Integer> failuresByReason() {
        Map<String, Integer> byReason = new TreeMap<>();
        failures.forEach((k, v) -> byReason.put(k, v.get()));
        return byReason;
    }
}
