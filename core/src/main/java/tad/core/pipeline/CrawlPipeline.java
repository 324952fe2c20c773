package tad.core.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.domain.CrawlReport;
import tad.core.domain.Studio;
import tad.plugin.SearchArea;

/**
 * discover studios → find artist candidates per studio → denylist gate → fetch profiles, stalest first → enrich →
 * store.
 *
 * <p>Resumable: a run is saved as RUNNING first and each studio is marked done once all its artists are handled, so
 * a killed process continues the same run when started again; every write is an idempotent upsert, so nothing is
 * duplicated. One failing studio, site or profile is recorded and the crawl goes on. A profile source that cannot go
 * on at all (a refused access token) stops the run at once: it is saved as INTERRUPTED, nobody is marked stale, and
 * the next crawl of the area continues it.
 * A run whose thread is interrupted (SIGTERM, Ctrl-C) is saved as INTERRUPTED the same way.
 */
public final class CrawlPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlPipeline.class);

    private final CrawlDependencies deps;
    private final CrawlProgress progress;

    public CrawlPipeline(CrawlDependencies deps, CrawlProgress progress) {
        this.deps = deps;
        this.progress = progress;
    }

    public CrawlReport run(SearchArea area) throws CrawlFatalException {
        deps.profiles().preflight();
        Optional<CrawlReport> resumed = deps.runs().unfinished(area.city());
        String runId = resumed.map(CrawlReport::runId).orElseGet(() -> UUID.randomUUID().toString());
        Instant started = resumed.map(CrawlReport::startedAt).orElse(deps.clock().instant());
        RunCounters counters = new RunCounters();
        resumed.ifPresent(r -> progress.resumed(runId, r.startedAt()));
        deps.runs().saveReport(counters.report(runId, area.city(), started, null, CrawlReport.Status.RUNNING));

        List<Studio> studios;
        try {
            studios = discover(area, counters);
        } catch (CrawlFatalException e) {
            deps.runs().saveReport(counters.report(runId, area.city(), started, deps.clock().instant(),
                    CrawlReport.Status.FAILED));
            throw e;
        }
        CandidateBook book = new CandidateBook();
        StudioWork work = new StudioWork(deps, progress, counters, runId, (handle, candidate, studio) -> {
            if (deps.denylist().isHandleDenied(handle)) {
                counters.skippedDenylisted.incrementAndGet();
                return "denylisted";
            }
            book.add(handle, candidate, studio);
            return "queued";
        }, false);
        if (!crawlStudios(studios, work, book, runId, area, started, counters)) {
            throw interrupted(runId, area, started, counters);
        }
        try {
            new ProfilePhase(deps, progress, runId,
                    new ArtistWork(deps, counters, runId, area.city(), area.country(), false)).run(book);
        } catch (ProfileSources.Fatal e) {
            deps.runs().saveReport(counters.report(runId, area.city(), started, deps.clock().instant(),
                    CrawlReport.Status.INTERRUPTED));
            throw new CrawlFatalException(e.getMessage() + " (run " + runId + " saved as interrupted; nothing was "
                    + "marked stale, and the next crawl continues it)", e);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(runId, area, started, counters);
        }

        new StaleMarker(deps).markMissed(area, runId, counters);
        int dropped = deps.store().dropGoogleLocationsOlderThan(deps.clock().instant()
                .minus(deps.settings().googleRetention()), area.country(), area.city());
        LOG.info("retention: dropped {} Google-derived studio coordinates older than {} days", dropped,
                deps.settings().googleRetention().toDays());
        CrawlReport report = counters.report(runId, area.city(), started, deps.clock().instant(),
                CrawlReport.Status.COMPLETED, new ProfileAgeCensus(deps.store(), deps.clock()).count(area));
        deps.runs().saveReport(report);
        return report;
    }

    private List<Studio> discover(SearchArea area, RunCounters counters) throws CrawlFatalException {
        List<Studio> studios = new Discovery(deps).discover(area, counters);
        progress.studiosDiscovered(studios.size(), counters.placesRequests.get());
        return studios;
    }

    /** Reads every studio's site; false when the thread was interrupted first (the remaining work is abandoned). */
    private boolean crawlStudios(List<Studio> studios, StudioWork work, CandidateBook book, String runId,
                                 SearchArea area, Instant started, RunCounters counters) {
        ExecutorService pool = Executors.newFixedThreadPool(deps.settings().concurrency(), r -> {
            Thread t = new Thread(r, "crawl-studio");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Studio studio : studios) {
                futures.add(pool.submit(() -> {
                    work.crawl(studio);
                    if (book.listedNone(studio.studioId())) {
                        deps.runs().markDone(runId, StudioWork.unit(studio.studioId()));
                    }
                    progress.studioFinished(done.incrementAndGet(), studios.size());
                    // a killed run keeps its tallies so far
                    deps.runs().saveReport(counters.report(runId, area.city(), started, null,
                            CrawlReport.Status.RUNNING));
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return !Thread.currentThread().isInterrupted();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            awaitWorkers(pool);
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a studio crawl failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stopped by a signal: saved as interrupted (resumable), and nothing it did not reach is marked stale. */
    private CrawlInterruptedException interrupted(String runId, SearchArea area, Instant started,
                                                  RunCounters counters) {
        // the store's client refuses to work on an interrupted thread (DynamoDB Local fails the write): save the run
        // with the flag cleared, then set it again for the caller
        boolean flagged = Thread.interrupted();
        try {
            deps.runs().saveReport(counters.report(runId, area.city(), started, deps.clock().instant(),
                    CrawlReport.Status.INTERRUPTED));
        } finally {
            if (flagged) {
                Thread.currentThread().interrupt();
            }
        }
        return new CrawlInterruptedException(runId);
    }

    /** Gives interrupted workers a moment to stop, so no write of theirs lands after the run is saved. */
    static void awaitWorkers(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("studio workers still running 10 s after the crawl was interrupted");
            }
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
    }
}
