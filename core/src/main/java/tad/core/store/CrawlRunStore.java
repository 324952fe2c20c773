package tad.core.store;

import java.util.List;
import java.util.Optional;
import tad.core.domain.CrawlReport;

/** Crawl run reports and per-run progress marks that make a killed run resumable. */
public interface CrawlRunStore {

    void saveReport(CrawlReport report);

    /** Most recent first. */
    List<CrawlReport> recentReports(int limit);

    /** One run's report, looked up by its id (a key read, however many runs there have been). */
    Optional<CrawlReport> report(String runId);

    /**
     * The newest run for the area if it never finished (running when its process died, or interrupted), so a new
     * invocation continues it.
     */
    Optional<CrawlReport> unfinished(String area);

    /** Marks one unit of work (a studio crawled, a profile fetched) done within a run. */
    void markDone(String runId, String unit);

    boolean isDone(String runId, String unit);

    /** Adds one job's counts to the run's tally; safe to call from many workers at once. */
    void addTally(String runId, RunTally tally);

    /** The sum of every tally added to the run ({@link RunTally#NONE} when none was). */
    RunTally tally(String runId);

    /**
     * Claims an artist for a run on behalf of the job that found them at {@code studioId}; the answer says who
     * fetches and who links (see {@link ArtistClaim}). Atomic across workers.
     */
    ArtistClaim claimArtist(String runId, String artistId, String studioId);

    /**
     * Records that the owning job has written the artist in this run, and returns every studio that claimed the
     * artist so far (the owner's included), for the owner to link. Atomic with {@link #claimArtist}: a claim that
     * comes later gets {@link ArtistClaim#LINK_NOW}.
     */
    java.util.Set<String> artistWritten(String runId, String artistId);

    /** Drops a finished run's claims: they name artists, and nothing needs them once the run is over. */
    void clearClaims(String runId);
}
