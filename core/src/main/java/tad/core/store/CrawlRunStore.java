package tad.core.store;

import java.util.List;
import java.util.Optional;
import tad.core.domain.CrawlReport;

/** Crawl run reports and per-run progress marks that make a killed run resumable. */
public interface CrawlRunStore {

    void saveReport(CrawlReport report);

    /** Most recent first. */
    List<CrawlReport> recentReports(int limit);

    /** The newest run for the area if it never finished, so a new invocation continues it. */
    Optional<CrawlReport> unfinished(String area);

    /** Marks one unit of work (a studio crawled, a profile fetched) done within a run. */
    void markDone(String runId, String unit);

    boolean isDone(String runId, String unit);
}
