package tad.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tad.core.domain.Artist;
import tad.core.domain.Ids;
import tad.core.domain.PortfolioImage;
import tad.core.domain.Studio;
import tad.core.store.UpsertOutcome;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistEvidence;
import tad.plugin.ArtistProfile;
import tad.plugin.ArtistSiteFacts;
import tad.plugin.Enrichment;
import tad.plugin.Failure;
import tad.plugin.ProfileResult;
import tad.plugin.StudioRef;

/**
 * One artist's part of a run, once the denylist gate and the run's bookkeeping let it through: the profile fetch,
 * then, whatever it gave, enrichment from every source, the images of Instagram and of the studio's site in one
 * mirror call, and the store. A failed fetch leaves the artist listed from their studio's site unless the handle
 * does not exist ({@link Listing}).
 */
final class ArtistRefresh {
    private final CrawlDependencies deps;
    private final RunCounters counters;
    private final String runId;
    private final String city;
    private final String country;

    ArtistRefresh(CrawlDependencies deps, RunCounters counters, String runId, String city, String country) {
        this.deps = deps;
        this.counters = counters;
        this.runId = runId;
        this.city = city;
        this.country = country;
    }

    /** Fetches, enriches, mirrors and stores one artist; returns a one-word outcome for progress reporting. */
    String refresh(String handle, ArtistCandidate candidate, Set<String> studioIds, Studio studio,
                   Optional<Artist> existing) {
        ProfileResult result = deps.profiles().fetch(handle);
        if (Thread.currentThread().isInterrupted()) {
            // the run was stopped mid-fetch: record nothing, so a resumed run fetches this artist again
            return "interrupted";
        }
        if (deps.denylist().isHandleDenied(handle)) {
            // denylisted (an approval in another process) while the profile was fetched: store nothing of them
            counters.skippedDenylisted.incrementAndGet();
            return "denylisted";
        }
        ArtistAssembler assembler = new ArtistAssembler(handle, candidate, studioIds, studio, existing, runId, city,
                country, StudioWork.now(deps));
        if (result instanceof ProfileResult.Found found) {
            ArtistProfile profile = found.profile();
            Enrichment enrichment = deps.enrichers().enrich(ArtistEvidence.of(handle, Optional.of(profile),
                    Optional.of(candidate.site())).atStudios(List.of(ref(studio))), counters::failed);
            ImageMirror.Result media = mirror(handle, existing, new ImageMirror.Wanted(profile.images(),
                    profile.profilePictureUrl()), ImageMirror.Kept.NONE, candidate.site());
            return store(assembler.fetched(profile, enrichment, media), media);
        }
        Failure failure = ((ProfileResult.Failed) result).failure();
        if (failure.reason() != Failure.Reason.NO_PROFILE_SOURCE) {
            // profile.source=none is the operator's choice, not a failure: the artist is listed from the site
            counters.failed(failure);
        }
        String reason = failure.reason().name().toLowerCase(Locale.ROOT);
        Listing listing = Listing.after(failure, existing, deps.settings().staleAfterRuns());
        switch (listing.verdict()) {
            case NOT_LISTED -> {
                Artist artist = assembler.notListed(failure, listing.failedRuns());
                if (existing.isPresent()) {
                    deps.store().updateArtistState(artist);
                } else {
                    deps.store().upsertArtist(artist, List.of());
                }
            }
            case STILL_UNLISTED -> deps.store().updateArtistState(assembler.stillUnlisted(failure));
            case FROM_SITE -> {
                Optional<Artist> kept = existing.filter(a -> listing.keepInstagram());
                Enrichment fromSite = deps.enrichers().enrich(ArtistEvidence.of(handle, Optional.empty(),
                        Optional.of(candidate.site())).atStudios(List.of(ref(studio))), counters::failed);
                Enrichment enrichment = kept.map(a -> Enrichers.union(List.of(StoredEnrichment.instagramPart(a),
                        fromSite))).orElse(fromSite);
                ImageMirror.Kept keptMedia = kept.map(a -> new ImageMirror.Kept(deps.store().images(a.artistId()),
                        a.profilePicture())).orElse(ImageMirror.Kept.NONE);
                ImageMirror.Result media = mirror(handle, existing, ImageMirror.Wanted.NONE, keptMedia,
                        candidate.site());
                store(assembler.fromSite(failure, kept.isPresent(), enrichment, media, listing.failedRuns()), media);
            }
        }
        return reason;
    }

    /** The studio as enrichers see it: its name and town tell the artist's own studio from places they write about. */
    private static StudioRef ref(Studio studio) {
        return new StudioRef(studio.studioId(), studio.name().value(), studio.website(), studio.city());
    }

    /** Instagram's part and the site's in one mirror call: every other stored image of the artist goes. */
    private ImageMirror.Result mirror(String handle, Optional<Artist> existing, ImageMirror.Wanted instagram,
                                      ImageMirror.Kept kept, ArtistSiteFacts site) {
        String artistId = Ids.artistId(handle);
        List<PortfolioImage> previous = new ArrayList<>();
        existing.ifPresent(a -> {
            previous.addAll(deps.store().images(a.artistId()));
            a.website().ifPresent(stored -> {
                previous.addAll(stored.images());
                stored.portrait().ifPresent(previous::add);
            });
        });
        ImageMirror.Result media = deps.mirror().mirror(artistId, new ImageMirror.Request(previous, instagram, kept,
                ImageMirror.Wanted.ofSite(site.portfolioUrls(), site.portraitUrl())), deps.http());
        media.failures().forEach(counters::failed);
        return media;
    }

    private String store(Artist artist, ImageMirror.Result media) {
        UpsertOutcome outcome = deps.store().upsertArtist(artist, media.instagram());
        counters.outcome(outcome);
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}
