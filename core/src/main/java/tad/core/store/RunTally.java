package tad.core.store;

import java.util.Map;
import tad.core.domain.SitePages;

/**
 * Counts that workers add to a run while it is crawled by jobs (one tally per job, summed in the store), merged
 * into the run's report when it finishes.
 */
public record RunTally(int studiosWithoutWebsite, int sitesCrawled, int artistsFound, int artistsNew,
                       int artistsUpdated, int artistsUnchanged, int skippedDenylisted,
                       Map<String, Integer> failuresByReason, SitePages sitePages) {

    public static final RunTally NONE = new RunTally(0, 0, 0, 0, 0, 0, 0, Map.of(), SitePages.NONE);

    public RunTally {
        failuresByReason = Map.copyOf(failuresByReason);
    }

    /** A tally without page counts. */
    public RunTally(int studiosWithoutWebsite, int sitesCrawled, int artistsFound, int artistsNew,
                    int artistsUpdated, int artistsUnchanged, int skippedDenylisted,
                    Map<String, Integer> failuresByReason) {
        this(studiosWithoutWebsite, sitesCrawled, artistsFound, artistsNew, artistsUpdated, artistsUnchanged,
                skippedDenylisted, failuresByReason, SitePages.NONE);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
