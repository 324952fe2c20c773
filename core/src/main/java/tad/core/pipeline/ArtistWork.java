package tad.core.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import tad.core.domain.Artist;
import tad.core.domain.Ids;
import tad.core.domain.Studio;
import tad.plugin.ArtistCandidate;

/**
 * One artist candidate: the denylist gate first (no request about a denylisted artist is ever made), then the
 * profile, enrichment, media and the store ({@link ArtistRefresh}). Studios are crawled in parallel and one artist can be on two studios'
 * sites, so each artist is handled under its own lock and linked to every studio that lists it in this run.
 * Jobs on several workers cannot share those locks: in a shared run a claim in the store picks the one job that
 * fetches and writes the artist, and the others' studio links are added as atomic set additions.
 */
final class ArtistWork {
    private static final int LOCK_STRIPES = 64;

    private final CrawlDependencies deps;
    private final RunCounters counters;
    private final String runId;
    private final ArtistRefresh refresh;
    private final boolean sharedRun;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    /** @param sharedRun whether other processes work on the same run at once (queued jobs on workers) */
    ArtistWork(CrawlDependencies deps, RunCounters counters, String runId, String city, String country,
               boolean sharedRun) {
        this.deps = deps;
        this.sharedRun = sharedRun;
        this.counters = counters;
        this.runId = runId;
        this.refresh = new ArtistRefresh(deps, counters, runId, city, country);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Returns a one-word outcome for progress reporting. */
    String process(String handle, ArtistCandidate candidate, Studio studio) {
        if (deps.denylist().isHandleDenied(handle)) {
            counters.skippedDenylisted.incrementAndGet();
            return "denylisted";
        }
        String artistId = Ids.artistId(handle);
        if (!sharedRun) {
            return handleLocked(handle, candidate, studio, artistId);
        }
        return switch (deps.runs().claimArtist(runId, artistId, studio.studioId())) {
            case LINK_NOW -> {
                deps.store().linkStudios(artistId, Set.of(studio.studioId()));
                yield "linked";
            }
            case LEFT_TO_OWNER -> "linked";
            case HANDLE -> {
                String outcome = handleLocked(handle, candidate, studio, artistId);
                // the studios that listed the artist while this job worked, now that the artist is written
                Set<String> others = new java.util.HashSet<>(deps.runs().artistWritten(runId, artistId));
                others.remove(studio.studioId());
                deps.store().linkStudios(artistId, others);
                yield outcome;
            }
        };
    }

    private String handleLocked(String handle, ArtistCandidate candidate, Studio studio, String artistId) {
        ReentrantLock lock = locks[Math.floorMod(artistId.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            Optional<Artist> existing = deps.store().artist(artistId);
            // the artist record itself says whether this run has handled the profile: every outcome, fetched or
            // failed, is stored with lastSeenRun = this run, so a resumed or second listing only links the studio
            Optional<Artist> seenThisRun = existing.filter(a -> a.lastSeenRun().equals(runId));
            Set<String> studioIds = seenThisRun.map(a -> StudioWork.union(a.studioIds(), studio.studioId()))
                    .orElse(Set.of(studio.studioId()));
            if (seenThisRun.isPresent()) {
                if (!seenThisRun.get().studioIds().contains(studio.studioId())) {
                    deps.store().updateArtistState(ArtistAssembler.linkedTo(seenThisRun.get(), studioIds, runId));
                }
                return "linked";
            }
            return refresh.refresh(handle, SiteFactsLimits.bounded(candidate), studioIds, studio, existing);
        } finally {
            lock.unlock();
        }
    }
}
