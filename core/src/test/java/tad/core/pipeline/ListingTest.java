package tad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.store.Fixtures;
import tad.plugin.Failure;
import tad.plugin.Failure.Reason;

class ListingTest {
    private static final int AFTER = 3;
    private static final Artist SERVED = Fixtures.artist("mara.ink", Set.of("blackwork"), "Leeds", Set.of("s1"));

    private static Listing after(Reason reason, Optional<Artist> existing) {
        return Listing.after(Failure.of(reason, "test"), existing, AFTER);
    }

    @Test
    void aNewArtistWhoseProfileCannotBeHadForAccessReasonsIsListedFromTheSite() {
        for (Reason reason : new Reason[] {Reason.NOT_PROFESSIONAL, Reason.SOURCE_REFUSED, Reason.PRIVATE,
                Reason.LOGIN_WALL, Reason.THROTTLED, Reason.DEFERRED, Reason.NO_PROFILE_SOURCE}) {
            assertThat(after(reason, Optional.empty()).verdict()).as(reason.name())
                    .isEqualTo(Listing.Verdict.FROM_SITE);
        }
    }

    @Test
    void aHandleThatDoesNotExistIsNotListed() {
        Listing listing = after(Reason.NOT_FOUND, Optional.empty());

        assertThat(listing.verdict()).isEqualTo(Listing.Verdict.NOT_LISTED);
        assertThat(listing.failedRuns()).isEqualTo(1);
    }

    @Test
    void aServedArtistsFirst404KeepsThemListedWithTheirInstagramContentUntilItRepeats() {
        Listing first = after(Reason.NOT_FOUND, Optional.of(SERVED));
        assertThat(first.verdict()).isEqualTo(Listing.Verdict.FROM_SITE);
        assertThat(first.keepInstagram()).isTrue();

        Artist twice = withFailedRuns(SERVED, ArtistStatus.ACTIVE, AFTER - 1);
        assertThat(after(Reason.NOT_FOUND, Optional.of(twice)).verdict()).isEqualTo(Listing.Verdict.NOT_LISTED);
    }

    @Test
    void storedInstagramContentIsKeptWhenTheFetchTellsNothingAndDroppedWhenTheAccountWentPrivate() {
        assertThat(after(Reason.DEFERRED, Optional.of(SERVED)).keepInstagram()).isTrue();
        assertThat(after(Reason.THROTTLED, Optional.of(SERVED)).keepInstagram()).isTrue();
        assertThat(after(Reason.NOT_PROFESSIONAL, Optional.of(SERVED)).keepInstagram()).isTrue();
        Listing gonePrivate = after(Reason.PRIVATE, Optional.of(SERVED));
        assertThat(gonePrivate.verdict()).isEqualTo(Listing.Verdict.FROM_SITE);
        assertThat(gonePrivate.keepInstagram()).isFalse();
    }

    @Test
    void anArtistKnownNotToExistStaysUnlistedWhenARunLearnsNothingNew() {
        Artist missing = withFailedRuns(SERVED, ArtistStatus.UNAVAILABLE, AFTER);

        assertThat(after(Reason.THROTTLED, Optional.of(missing)).verdict())
                .isEqualTo(Listing.Verdict.STILL_UNLISTED);
        assertThat(after(Reason.DEFERRED, Optional.of(missing)).verdict()).isEqualTo(Listing.Verdict.STILL_UNLISTED);
        // a private account exists after all: listed from the site again, the count starts over
        Listing exists = after(Reason.PRIVATE, Optional.of(missing));
        assertThat(exists.verdict()).isEqualTo(Listing.Verdict.FROM_SITE);
        assertThat(exists.failedRuns()).isZero();
    }

    private static Artist withFailedRuns(Artist a, ArtistStatus status, int failedRuns) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(), a.country(), a.location(), status, Optional.of(Failure.of(Reason.NOT_FOUND, "gone")),
                a.missedRuns(), failedRuns, a.fetchedAt(), a.updatedAt(), a.lastSeenRun());
    }
}
