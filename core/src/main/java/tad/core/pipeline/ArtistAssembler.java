package tad.core.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.Ids;
import tad.core.domain.SiteProfile;
import tad.core.domain.Studio;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistProfile;
import tad.plugin.Enrichment;
import tad.plugin.Failure;
import tad.plugin.GeoPoint;
import tad.plugin.Sourced;

/**
 * Builds the stored artist from what the sources returned in this run, keeping bookkeeping consistent across runs.
 * One assembler per artist and run: the handle, the studio listing them and the stored record are fixed; the
 * methods differ in what the profile fetch gave.
 */
final class ArtistAssembler {
    private final String handle;
    private final ArtistCandidate candidate;
    private final Set<String> studioIds;
    private final Studio studio;
    private final Optional<Artist> existing;
    private final String runId;
    private final String city;
    private final String country;
    private final Instant now;

    ArtistAssembler(String handle, ArtistCandidate candidate, Set<String> studioIds, Studio studio,
                    Optional<Artist> existing, String runId, String city, String country, Instant now) {
        this.handle = handle;
        this.candidate = candidate;
        this.studioIds = studioIds;
        this.studio = studio;
        this.existing = existing;
        this.runId = runId;
        this.city = city;
        this.country = country;
        this.now = now;
    }

    /** The profile was fetched: Instagram's part is new, the site's part is this run's. */
    Artist fetched(ArtistProfile profile, Enrichment enrichment, ImageMirror.Result media) {
        Artist draft = new Artist(Ids.artistId(handle), handle,
                profile.fullName().filter(n -> !n.isBlank()).or(candidate::name),
                profile.biography(), media.profilePicture(), profile.externalUrl(), profile.verified(),
                website(media), studioIds, enrichment.styles(), enrichment.hashtags(), enrichment.evidence(),
                enrichment.availability(), city, country, location(), ArtistStatus.ACTIVE, Optional.empty(), 0, 0,
                Optional.of(now), now, runId);
        return keepUpdatedAtWhenUnchanged(draft);
    }

    /**
     * No profile could be fetched, for a reason that leaves the artist listed from their studio's site: the site's
     * part is this run's, and Instagram's stored part is kept when {@code keepInstagram} (else there is none).
     */
    Artist fromSite(Failure failure, boolean keepInstagram, Enrichment enrichment, ImageMirror.Result media,
                    int failedRuns) {
        Optional<Artist> kept = existing.filter(a -> keepInstagram);
        Optional<String> name = kept.isPresent() ? kept.get().name().or(candidate::name)
                : candidate.name().or(() -> existing.flatMap(Artist::name));
        Artist draft = new Artist(Ids.artistId(handle), handle, name, kept.map(Artist::bio).orElse(""),
                media.profilePicture(), kept.flatMap(Artist::externalUrl), kept.map(Artist::verified).orElse(false),
                website(media), studioIds, enrichment.styles(), enrichment.hashtags(), enrichment.evidence(),
                enrichment.availability(), city, country, location(), ArtistStatus.ACTIVE, Optional.of(failure), 0,
                failedRuns,
                kept.flatMap(Artist::fetchedAt), now, runId);
        return keepUpdatedAtWhenUnchanged(draft);
    }

    /** The handle does not exist: the failure is recorded, nothing else changes, and the artist is not served. */
    Artist notListed(Failure failure, int failedRuns) {
        if (existing.isPresent()) {
            Artist a = existing.get();
            return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(),
                    a.externalUrl(), a.verified(), a.website(), studioIds, a.styles(), a.hashtags(), a.evidence(),
                    a.availability(), a.city(), a.country(), location().or(a::location), ArtistStatus.UNAVAILABLE,
                    Optional.of(failure), 0, failedRuns, a.fetchedAt(), a.updatedAt(), runId);
        }
        return new Artist(Ids.artistId(handle), handle, candidate.name(), "", Optional.empty(), Optional.empty(),
                false, Optional.empty(), studioIds, Set.of(), Set.of(), List.of(), List.of(), city, country,
                location(), ArtistStatus.UNAVAILABLE, Optional.of(failure), 0, failedRuns, Optional.empty(), now,
                runId);
    }

    /**
     * A failure that leaves a known artist as stored (the account may exist, but this run learnt nothing), on a
     * record that is not served: only the bookkeeping changes.
     */
    Artist stillUnlisted(Failure failure) {
        Artist a = existing.orElseThrow();
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), studioIds, a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(), a.country(), location().or(a::location), a.status(), Optional.of(failure), 0,
                a.failedRuns(), a.fetchedAt(), a.updatedAt(), runId);
    }

    static Artist linkedTo(Artist a, Set<String> studioIds, String runId) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), studioIds, a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(), a.country(), a.location(), a.status(), a.lastFailure(), 0, a.failedRuns(), a.fetchedAt(),
                a.updatedAt(), runId);
    }

    static Artist missed(Artist a, int staleAfterRuns) {
        int missed = a.missedRuns() + 1;
        ArtistStatus status = missed >= staleAfterRuns && a.status() == ArtistStatus.ACTIVE ? ArtistStatus.STALE
                : a.status();
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(), a.country(), a.location(), status, a.lastFailure(), missed, a.failedRuns(), a.fetchedAt(),
                a.updatedAt(), a.lastSeenRun());
    }

    /** The site's part, when the page said anything or at least where the artist is listed. */
    private Optional<SiteProfile> website(ImageMirror.Result media) {
        return Optional.of(new SiteProfile(studio.studioId(), candidate.site().page(), candidate.site().bio(),
                media.portrait(), media.website(), candidate.site().specialisms()));
    }

    private Optional<GeoPoint> location() {
        return studio.location().map(Sourced::value);
    }

    private Artist keepUpdatedAtWhenUnchanged(Artist draft) {
        if (existing.isEmpty() || !existing.get().content().equals(draft.content())) {
            return draft;
        }
        return new Artist(draft.artistId(), draft.instagramHandle(), draft.name(), draft.bio(),
                draft.profilePicture(), draft.externalUrl(), draft.verified(), draft.website(), draft.studioIds(),
                draft.styles(), draft.hashtags(), draft.evidence(), draft.availability(), draft.city(),
                draft.country(), draft.location(), draft.status(), draft.lastFailure(), draft.missedRuns(),
                draft.failedRuns(), draft.fetchedAt(), existing.get().updatedAt(), draft.lastSeenRun());
    }
}
