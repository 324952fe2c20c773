package tad.core.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import tad.core.domain.Artist;
import tad.core.domain.Ids;
import tad.core.domain.Studio;
import tad.core.store.UpsertOutcome;
import tad.plugin.ArtistProfile;
import tad.plugin.Enrichment;
import tad.plugin.ProfileResult;

/**
 * One artist candidate: the denylist gate first (no request about a denylisted artist is ever made), then the
 * profile, enrichment, media and the store. Studios are crawled in parallel and one artist can be on two studios'
 * sites, so each artist is handled under its own lock and linked to every studio that lists it in this run.
 * Jobs on several workers cannot share those locks: in a shared run a claim in the store picks the one job that
 * fetches and writes the artist, and the others' studio links are added as atomic set additions.
 */
final class ArtistWork {
    private static final int LOCK_STRIPES = 64;

    private final CrawlDependencies deps;
    private final RunCounters counters;
    private final String runId;
    private final String city;
    private final String country;
    private final boolean sharedRun;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    /** @param sharedRun whether other processes work on the same run at once (queued jobs on workers) */
    ArtistWork(CrawlDependencies deps, RunCounters counters, String runId, String city, String country,
               boolean sharedRun) {
        this.deps = deps;
        this.sharedRun = sharedRun;
        this.counters = counters;
        this.runId = runId;
        this.city = city;
        this.country = country;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Returns a one-word outcome for progress reporting. */
    String process(String handle, Optional<String> candidateName, Studio studio) {
        if (deps.denylist().isHandleDenied(handle)) {
            counters.skippedDenylisted.incrementAndGet();
            return "denylisted";
        }
        String artistId = Ids.artistId(handle);
        if (!sharedRun) {
            return handleLocked(handle, candidateName, studio, artistId);
        }
        return switch (deps.runs().claimArtist(runId, artistId, studio.studioId())) {
            case LINK_NOW -> {
                deps.store().linkStudios(artistId, Set.of(studio.studioId()));
                yield "linked";
            }
            case LEFT_TO_OWNER -> "linked";
            case HANDLE -> {
                String outcome = handleLocked(handle, candidateName, studio, artistId);
                // the studios that listed the artist while this job worked, now that the artist is written
                Set<String> others = new java.util.HashSet<>(deps.runs().artistWritten(runId, artistId));
                others.remove(studio.studioId());
                deps.store().linkStudios(artistId, others);
                yield outcome;
            }
        };
    }

    private String handleLocked(String handle, Optional<String> candidateName, Studio studio, String artistId) {
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
            return fetchAndStore(handle, candidateName, studioIds, studio, existing);
        } finally {
            lock.unlock();
        }
    }

    private String fetchAndStore(String handle, Optional<String> candidateName, Set<String> studioIds, Studio studio,
                                 Optional<Artist> existing) {
        ProfileResult result = deps.profiles().fetch(handle);
        if (result instanceof ProfileResult.Failed failed) {
            counters.failed(failed.failure());
            Artist artist = ArtistAssembler.failed(handle, candidateName, studioIds, Optional.of(studio),
                    failed.failure(), existing, deps.settings().staleAfterRuns(), runId, city,
                    country, StudioWork.now(deps));
            if (existing.isPresent()) {
                deps.store().updateArtistState(artist);
            } else {
                deps.store().upsertArtist(artist, List.of());
            }
            return failed.failure().reason().name().toLowerCase(java.util.Locale.ROOT);
        }
        ArtistProfile profile = ((ProfileResult.Found) result).profile();
        Enrichment enrichment = deps.enrichers().enrich(tad.plugin.ArtistEvidence.of(profile));
        String artistId = Ids.artistId(handle);
        List<tad.core.domain.PortfolioImage> previous = existing.isPresent() ? deps.store().images(artistId)
                : List.of();
        ImageMirror.Result media = deps.mirror().mirror(artistId, previous,
                existing.flatMap(Artist::profilePicture), profile.images(), profile.profilePictureUrl(), deps.http());
        media.failures().forEach(counters::failed);
        Artist artist = ArtistAssembler.fetched(handle, candidateName, studioIds, Optional.of(studio), profile,
                enrichment, media, existing, runId, city, country, StudioWork.now(deps));
        UpsertOutcome outcome = deps.store().upsertArtist(artist, media.images());
        counters.outcome(outcome);
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
