package tad.sync;

import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;

/** Copies of a fixture artist with one thing changed, as a later crawl would store them. */
final class ArtistEdits {
    private ArtistEdits() {
    }

    static Artist named(Artist a, String name) {
        return new Artist(a.artistId(), a.instagramHandle(), Optional.of(name), a.bio(), a.profilePicture(),
                a.externalUrl(), a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(),
                a.availability(), a.city(), a.country(), a.location(), a.status(), a.lastFailure(), a.missedRuns(),
                a.failedRuns(), a.fetchedAt(), a.updatedAt().plusSeconds(60), a.lastSeenRun());
    }

    static Artist withStatus(Artist a, ArtistStatus status) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(),
                a.externalUrl(), a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(),
                a.availability(), a.city(), a.country(), a.location(), status, a.lastFailure(), a.missedRuns(),
                a.failedRuns(), a.fetchedAt(), a.updatedAt().plusSeconds(60), a.lastSeenRun());
    }
}
