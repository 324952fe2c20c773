package tad.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A crawl run's summary, stored so that `tad crawls` can list recent runs.
 *
 * @param studiosWithoutWebsite studios the studio source lists with no website: no site to look for artists on,
 *                              counted on their own and not as failures (a studio on Google without a website is
 *                              normal, not something an operator must act on)
 * @param profileAges           how old the area's served profiles were when the run ended ({@link ProfileAges#NONE}
 *                              until then)
 * @param failuresByReason      items that could not be processed, by {@link tad.plugin.Failure.Reason} name
 * @param sitePages             studio-website pages fetched in full (new or changed) and found unchanged
 */
public record CrawlReport(
        String runId,
        String area,
        Instant startedAt,
        Optional<Instant> finishedAt,
        Status status,
        int placesRequests,
        int studiosFound,
        int studiosWithoutWebsite,
        int sitesCrawled,
        int artistsFound,
        int artistsNew,
        int artistsUpdated,
        int artistsUnchanged,
        int skippedDenylisted,
        int artistsStale,
        ProfileAges profileAges,
        Map<String, Integer> failuresByReason,
        SitePages sitePages) {

    /**
     * RUNNING and INTERRUPTED runs are unfinished: the next crawl of the area continues them. INTERRUPTED is a run
     * that stopped on purpose before its end (a fatal source error such as a refused token, or a signal): nothing was marked
     * stale, and whatever it had not reached keeps being served as before.
     */
    public enum Status {
        RUNNING, COMPLETED, FAILED, INTERRUPTED;

        public boolean unfinished() {
            return this == RUNNING || this == INTERRUPTED;
        }
    }

    public CrawlReport {
        failuresByReason = Map.copyOf(failuresByReason);
    }

    /** A report without page counts (runs of sources that read no website). */
    public CrawlReport(String runId, String area, Instant startedAt, Optional<Instant> finishedAt, Status status,
                       int placesRequests, int studiosFound, int studiosWithoutWebsite, int sitesCrawled,
                       int artistsFound, int artistsNew, int artistsUpdated, int artistsUnchanged,
                       int skippedDenylisted, int artistsStale, ProfileAges profileAges,
                       Map<String, Integer> failuresByReason) {
        this(runId, area, startedAt, finishedAt, status, placesRequests, studiosFound, studiosWithoutWebsite,
                sitesCrawled, artistsFound,
                artistsNew, artistsUpdated, artistsUnchanged, skippedDenylisted, artistsStale, profileAges,
                failuresByReason, SitePages.NONE);
    }

    public Optional<Duration> duration() {
        return finishedAt.map(end -> Duration.between(startedAt, end));
    }

    /** Items that failed, whatever the reason; studios without a website are not among them. */
    public int failed() {
        return failuresByReason.values().stream().mapToInt(Integer::intValue).sum();
    }
}
