package tad.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A crawl run's summary, stored so that `tad crawls` can list recent runs. */
public record CrawlReport(
        String runId,
        String area,
        Instant startedAt,
        Optional<Instant> finishedAt,
        Status status,
        int placesRequests,
        int studiosFound,
        int sitesCrawled,
        int artistsFound,
        int artistsNew,
        int artistsUpdated,
        int artistsUnchanged,
        int skippedDenylisted,
        int artistsStale,
        Map<String, Integer> failuresByReason) {

    public enum Status { RUNNING, COMPLETED, FAILED }

    public CrawlReport {
        failuresByReason = Map.copyOf(failuresByReason);
    }

    public Optional<Duration> duration() {
        return finishedAt.map(end -> Duration.between(startedAt, end));
    }

    public int failed() {
        return failuresByReason.values().stream().mapToInt(Integer::intValue).sum();
    }
}
