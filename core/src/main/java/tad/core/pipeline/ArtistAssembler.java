package tad.core.pipeline;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.Ids;
import tad.core.domain.Studio;
import tad.plugin.ArtistProfile;
import tad.plugin.Enrichment;
import tad.plugin.Failure;
import tad.plugin.GeoPoint;
import tad.plugin.Sourced;

/** Builds the stored artist from what the sources returned, keeping bookkeeping consistent across runs. */
final class ArtistAssembler {
    private ArtistAssembler() {
    }

    static Artist fetched(String handle, Optional<String> candidateName, Set<String> studioIds,
                          Optional<Studio> primary, ArtistProfile profile, Enrichment enrichment,
                          ImageMirror.Result media, Optional<Artist> existing, String runId, String city,
                          String country, Instant now) {
        Artist draft = new Artist(Ids.artistId(handle), handle,
                profile.fullName().filter(n -> !n.isBlank()).or(() -> candidateName),
                profile.biography(), media.profilePicture(), profile.externalUrl(), profile.verified(),
                existing.flatMap(Artist::website), studioIds,
                enrichment.styles(), enrichment.hashtags(), enrichment.evidence(), enrichment.availability(), city,
                country, primary.flatMap(Studio::location).map(Sourced::value), ArtistStatus.ACTIVE, Optional.empty(),
                0, 0, Optional.of(now), now, runId);
        return keepUpdatedAtWhenUnchanged(draft, existing);
    }

    /** A failed fetch: the failure is recorded; the artist stops being served when the failure says so. */
    static Artist failed(String handle, Optional<String> candidateName, Set<String> studioIds,
                         Optional<Studio> primary, Failure failure, Optional<Artist> existing, int unavailableAfter,
                         String runId, String city, String country, Instant now) {
        boolean countsAgainst = failure.reason() == Failure.Reason.NOT_FOUND
                || failure.reason() == Failure.Reason.PRIVATE;
        int failedRuns = existing.map(Artist::failedRuns).orElse(0) + (countsAgainst ? 1 : 0);
        boolean unavailable = existing.isEmpty() || failure.reason() == Failure.Reason.PRIVATE
                || failedRuns >= unavailableAfter || existing.get().status() == ArtistStatus.UNAVAILABLE;
        Optional<GeoPoint> location = primary.flatMap(Studio::location).map(Sourced::value);
        if (existing.isPresent()) {
            Artist a = existing.get();
            return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(),
                    a.externalUrl(), a.verified(), a.website(), studioIds, a.styles(), a.hashtags(), a.evidence(),
                    a.availability(), a.city(), a.country(), location.or(a::location),
                    unavailable ? ArtistStatus.UNAVAILABLE : a.status(), Optional.of(failure), 0, failedRuns,
                    a.fetchedAt(), a.updatedAt(), runId);
        }
        return new Artist(Ids.artistId(handle), handle, candidateName, "", Optional.empty(), Optional.empty(), false,
                Optional.empty(), studioIds, Set.of(), Set.of(), java.util.List.of(), java.util.List.of(), city,
                country, location,
                ArtistStatus.UNAVAILABLE, Optional.of(failure), 0, failedRuns, Optional.empty(), now, runId);
    }

    static Artist linkedTo(Artist a, Set<String> studioIds, String runId) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), studioIds, a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(),
                a.country(), a.location(), a.status(), a.lastFailure(), 0, a.failedRuns(), a.fetchedAt(),
                a.updatedAt(), runId);
    }

    static Artist missed(Artist a, int staleAfterRuns) {
        int missed = a.missedRuns() + 1;
        ArtistStatus status = missed >= staleAfterRuns && a.status() == ArtistStatus.ACTIVE ? ArtistStatus.STALE
                : a.status();
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(),
                a.country(), a.location(), status, a.lastFailure(), missed, a.failedRuns(), a.fetchedAt(),
                a.updatedAt(), a.lastSeenRun());
    }

    private static Artist keepUpdatedAtWhenUnchanged(Artist draft, Optional<Artist> existing) {
        if (existing.isEmpty() || !existing.get().content().equals(draft.content())) {
            return draft;
        }
        return new Artist(draft.artistId(), draft.instagramHandle(), draft.name(), draft.bio(),
                draft.profilePicture(), draft.externalUrl(), draft.verified(), draft.website(), draft.studioIds(),
                draft.styles(),
                draft.hashtags(), draft.evidence(), draft.availability(), draft.city(), draft.country(),
                draft.location(), draft.status(), draft.lastFailure(), draft.missedRuns(), draft.failedRuns(),
                draft.fetchedAt(), existing.get().updatedAt(), draft.lastSeenRun());
    }
}
