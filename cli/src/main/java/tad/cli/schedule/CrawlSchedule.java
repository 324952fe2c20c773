package tad.cli.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.domain.CrawlReport;
import tad.core.pipeline.CrawlInterruptedException;
import tad.core.store.CrawlRunStore;
import tad.plugin.SearchArea;

/**
 * Which areas are due a crawl, and running them one after another. An area is due {@link Every} after its last
 * completed run finished (so a restart does not crawl again what was crawled an hour ago), and at once when it has
 * none; an interrupted run does not count, so its area is due at once and the crawl resumes it. A failing crawl is
 * logged and reported, and the schedule goes on; so is a crawl skipped because one of the area is already running
 * (in this process or another): either is due again one interval later, or one interval after a run completes.
 *
 * <p>The clock is injected and nothing here sleeps: {@link ScheduledCrawls} waits between rounds, so the decisions
 * are tested with a clock the test moves.
 */
public final class CrawlSchedule {
    /** How many recent runs are read to find each area's last completed one. */
    private static final int HISTORY = 200;
    private static final Logger LOG = LoggerFactory.getLogger(CrawlSchedule.class);

    private final List<SearchArea> areas;
    private final Every every;
    private final Clock clock;
    private final CrawlRunStore runs;
    private final AreaCrawl crawl;
    /** When an area's crawl last failed or was skipped. */
    private final Map<String, Instant> notRun = new HashMap<>();

    public CrawlSchedule(List<SearchArea> areas, Every every, Clock clock, CrawlRunStore runs, AreaCrawl crawl) {
        this.areas = List.copyOf(areas);
        this.every = every;
        this.clock = clock;
        this.runs = runs;
        this.crawl = crawl;
    }

    /** What one scheduled crawl came to: its report when it ran to an end, else why not. */
    public record Outcome(SearchArea area, Kind kind, Optional<CrawlReport> report, String note) {
        public enum Kind { RAN, SKIPPED, INTERRUPTED, FAILED }
    }

    /** Thrown by an {@link AreaCrawl} when a crawl of the area is already running (here or in another process). */
    public static final class AlreadyRunning extends Exception {
        public AlreadyRunning(String message) {
            super(message);
        }
    }

    /** When the area is next due. */
    public Instant dueAt(SearchArea area) {
        Optional<Instant> lastCompleted = runs.recentReports(HISTORY).stream()
                .filter(r -> r.area().equals(area.city()) && r.status() == CrawlReport.Status.COMPLETED)
                .map(r -> r.finishedAt().orElse(r.startedAt()))
                .max(Instant::compareTo);
        Optional<Instant> skippedOrFailed = Optional.ofNullable(notRun.get(area.city()))
                .filter(f -> lastCompleted.map(f::isAfter).orElse(true));
        return skippedOrFailed.or(() -> lastCompleted).map(t -> t.plus(every.interval())).orElse(Instant.MIN);
    }

    /** The earliest time any area is due. */
    public Instant nextDue() {
        return areas.stream().map(this::dueAt).min(Instant::compareTo).orElse(Instant.MAX);
    }

    /**
     * Crawls every area that is due now, in the order given; stops early when the thread is interrupted (the crawl in
     * hand is saved as INTERRUPTED by the pipeline).
     */
    public List<Outcome> runDue() {
        List<Outcome> done = new ArrayList<>();
        for (SearchArea area : areas) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            if (!dueAt(area).isAfter(clock.instant())) {
                done.add(runOne(area));
            }
        }
        return done;
    }

    private Outcome runOne(SearchArea area) {
        LOG.info("scheduled crawl of {} starting (every {})", area.city(), every);
        try {
            CrawlReport report = crawl.run(area);
            notRun.remove(area.city());
            LOG.info("scheduled crawl of {} {}: run {}", area.city(), report.status(), report.runId());
            return new Outcome(area, Outcome.Kind.RAN, Optional.of(report), report.runId());
        } catch (AlreadyRunning e) {
            // the crawl that runs it will record a completed run, which sets the next time
            notRun.put(area.city(), clock.instant());
            LOG.info("scheduled crawl of {} skipped: {}", area.city(), e.getMessage());
            return new Outcome(area, Outcome.Kind.SKIPPED, Optional.empty(), e.getMessage());
        } catch (CrawlInterruptedException | InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(area, Outcome.Kind.INTERRUPTED, Optional.empty(), e.getMessage());
        } catch (Exception e) {
            // serving goes on; the area is due again one interval after this failure
            notRun.put(area.city(), clock.instant());
            LOG.warn("scheduled crawl of {} failed", area.city(), e);
            return new Outcome(area, Outcome.Kind.FAILED, Optional.empty(), String.valueOf(e.getMessage()));
        }
    }
}
