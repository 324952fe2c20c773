package tad.core.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import tad.core.domain.CrawlReport;
import tad.core.domain.Studio;
import tad.core.queue.CrawlJob;
import tad.core.queue.JobHandler;
import tad.core.queue.JobSink;
import tad.core.queue.PoisonJobException;
import tad.core.store.RunTally;
import tad.plugin.SearchArea;

/**
 * The crawl split into queued jobs for workers (`tad crawl --enqueue`, `tad worker`): discovery produces one studio
 * job per studio; a studio job puts each candidate through the denylist gate and sends one profile job per allowed
 * artist; a profile job fetches, enriches and stores. The same work units and progress marks as the in-process
 * pipeline, so a redelivered job is harmless; {@link #finish} closes the run once the queue has drained.
 */
public final class QueuedCrawl implements JobHandler {
    private final CrawlDependencies deps;

    public QueuedCrawl(CrawlDependencies deps) {
        this.deps = deps;
    }

    /** A started run: its id and the studios to enqueue. */
    public record Started(String runId, List<String> studioIds) {
    }

    public Started start(SearchArea area) throws CrawlFatalException {
        deps.profiles().preflight();
        String runId = UUID.randomUUID().toString();
        RunCounters counters = new RunCounters();
        var started = deps.clock().instant();
        deps.runs().saveReport(counters.report(runId, area.city(), started, null, CrawlReport.Status.RUNNING));
        List<Studio> studios = new Discovery(deps).discover(area, counters);
        deps.runs().saveReport(counters.report(runId, area.city(), started, null, CrawlReport.Status.RUNNING));
        return new Started(runId, studios.stream().map(Studio::studioId).toList());
    }

    @Override
    public void handle(CrawlJob job, JobSink followUps) {
        RunCounters counters = new RunCounters();
        switch (job) {
            case CrawlJob.StudioJob s -> new StudioWork(deps, CrawlProgress.SILENT, counters, s.runId(),
                    (handle, candidate, studio) -> {
                        if (deps.denylist().isHandleDenied(handle)) {
                            counters.skippedDenylisted.incrementAndGet();
                            return "denylisted";
                        }
                        followUps.send(new CrawlJob.ProfileJob(s.runId(), handle, candidate.name(),
                                studio.studioId(), s.city(), s.country(), Optional.of(candidate.site())));
                        return "queued";
                    }, true).crawl(studio(s.studioId()));
            case CrawlJob.ProfileJob p -> new ArtistWork(deps, counters, p.runId(), p.city(), p.country(), true)
                    .process(p.handle(), p.candidate(), studio(p.studioId()));
        }
        // each worker's counts are summed in the store; finish() folds them into the run's report
        deps.runs().addTally(job.runId(), counters.tally());
    }

    /** Stale marking, retention and the completed report, after the last job of the run. */
    public CrawlReport finish(String runId, SearchArea area) {
        CrawlReport started = deps.runs().report(runId)
                .orElseThrow(() -> new IllegalArgumentException("no crawl run " + runId));
        if (started.status() == CrawlReport.Status.COMPLETED) {
            return started;  // finished already (a retried workflow step): the tally is in the report once
        }
        RunCounters counters = new RunCounters();
        new StaleMarker(deps).markMissed(area, runId, counters);
        deps.store().dropGoogleLocationsOlderThan(deps.clock().instant().minus(deps.settings().googleRetention()),
                area.country(), area.city());
        RunTally jobs = deps.runs().tally(runId);
        Map<String, Integer> failures = new TreeMap<>(started.failuresByReason());
        jobs.failuresByReason().forEach((reason, count) -> failures.merge(reason, count, Integer::sum));
        CrawlReport done = new CrawlReport(runId, started.area(), started.startedAt(),
                java.util.Optional.of(deps.clock().instant()), CrawlReport.Status.COMPLETED, started.placesRequests(),
                started.studiosFound(), started.studiosWithoutWebsite() + jobs.studiosWithoutWebsite(),
                started.sitesCrawled() + jobs.sitesCrawled(),
                started.artistsFound() + jobs.artistsFound(), started.artistsNew() + jobs.artistsNew(),
                started.artistsUpdated() + jobs.artistsUpdated(), started.artistsUnchanged() + jobs.artistsUnchanged(),
                started.skippedDenylisted() + jobs.skippedDenylisted(), counters.artistsStale.get(),
                new ProfileAgeCensus(deps.store(), deps.clock()).count(area), failures,
                started.sitePages().plus(jobs.sitePages()));
        deps.runs().saveReport(done);
        deps.runs().clearClaims(runId);
        return done;
    }

    private Studio studio(String studioId) {
        return deps.store().studio(studioId).orElseThrow(() -> new PoisonJobException("no studio " + studioId));
    }
}
