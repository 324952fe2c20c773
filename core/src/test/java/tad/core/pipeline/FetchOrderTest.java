package tad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.domain.ProfileAges;
import tad.core.store.Fixtures;
import tad.plugin.Failure;

/** Profiles are fetched stalest first: never fetched, then oldest fetch, then those the source cannot read. */
class FetchOrderTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static FetchOrder.Item item(String handle, Optional<Artist> stored) {
        return new FetchOrder.Item(new CandidateBook.Entry(handle, List.of()), stored);
    }

    private static Artist stored(String handle, Optional<Instant> fetchedAt, Optional<Failure.Reason> lastFailure,
                                 Instant updatedAt) {
        Artist a = Fixtures.artist(handle, Set.of(), "Leeds", Set.of("s1"));
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(), a.availability(),
                a.city(), a.country(), a.location(), a.status(), lastFailure.map(r -> Failure.of(r, "test")),
                a.missedRuns(), a.failedRuns(), fetchedAt, updatedAt, a.lastSeenRun());
    }

    @Test
    void neverFetchedFirstThenOldestFetchThenAccountsTheSourceCannotRead() {
        List<FetchOrder.Item> items = List.of(
                item("fresh", Optional.of(stored("fresh", Optional.of(NOW.minusSeconds(3600)), Optional.empty(), NOW))),
                item("personal", Optional.of(stored("personal", Optional.empty(),
                        Optional.of(Failure.Reason.NOT_PROFESSIONAL), NOW.minusSeconds(999_999)))),
                item("old", Optional.of(stored("old", Optional.of(NOW.minusSeconds(90_000)), Optional.empty(), NOW))),
                item("deferred", Optional.of(stored("deferred", Optional.empty(), Optional.of(Failure.Reason.DEFERRED),
                        NOW.minusSeconds(60)))),
                item("new", Optional.empty()),
                item("older-deferred", Optional.of(stored("older-deferred", Optional.of(NOW.minusSeconds(400_000)),
                        Optional.of(Failure.Reason.DEFERRED), NOW))));

        assertThat(FetchOrder.sort(items)).extracting(i -> i.entry().handle())
                .containsExactly("new", "deferred", "older-deferred", "old", "fresh", "personal");
    }

    @Test
    void profileAgesCountByTheTimeSinceTheLastFetch() {
        ProfileAges ages = ProfileAges.NONE.plus(Optional.of(NOW.minusSeconds(3600)), NOW)
                .plus(Optional.of(NOW.minusSeconds(30 * 3600)), NOW)
                .plus(Optional.of(NOW.minusSeconds(50 * 3600)), NOW)
                .plus(Optional.of(NOW.minusSeconds(8 * 86_400)), NOW)
                .plus(Optional.empty(), NOW);
        assertThat(ages).isEqualTo(new ProfileAges(1, 1, 1, 1, 1));
        assertThat(ages.olderThan48h()).isEqualTo(2);
        assertThat(ages.total()).isEqualTo(5);
    }
}
