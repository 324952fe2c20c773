package tad.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tad.core.store.Fixtures.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.Studio;

/** The behaviour every {@link ArtistStore} adapter must have. Subclasses give a fresh, empty store per test. */
public abstract class ArtistStoreContract {

    protected abstract ArtistStore store();

    @Test
    void upsertingTheSameArtistTwiceKeepsOneArtistAndReportsUnchanged() {
        Artist a = Fixtures.artist("mara.ink", Set.of("blackwork"), "Leeds", Set.of("s1"));
        assertThat(store().upsertArtist(a, List.of(Fixtures.image("p1", 0)))).isEqualTo(UpsertOutcome.NEW);
        assertThat(store().upsertArtist(a, List.of(Fixtures.image("p1", 0)))).isEqualTo(UpsertOutcome.UNCHANGED);
        assertThat(store().artist(a.artistId())).contains(a);
        assertThat(allArtists()).extracting(Artist::artistId).containsExactly(a.artistId());
    }

    @Test
    void keepsWhatTheStudioWebsiteSaysApartFromInstagram() {
        Artist a = Fixtures.withWebsite(Fixtures.artist("mara.ink", Set.of("fine-line"), "Leeds", Set.of("s1")), "s1");
        assertThat(store().upsertArtist(a, List.of(Fixtures.image("p1", 0)))).isEqualTo(UpsertOutcome.NEW);

        Artist stored = store().artist(a.artistId()).orElseThrow();
        assertThat(stored).isEqualTo(a);
        assertThat(stored.website().orElseThrow().images()).extracting(i -> i.sourceId())
                .containsExactly("site-1", "site-2");
        assertThat(store().images(a.artistId())).extracting(i -> i.sourceId()).containsExactly("p1");
        Artist withoutSite = Fixtures.artist("mara.ink", Set.of("fine-line"), "Leeds", Set.of("s1"));
        assertThat(store().upsertArtist(withoutSite, List.of(Fixtures.image("p1", 0))))
                .isEqualTo(UpsertOutcome.UPDATED);
        assertThat(store().artist(a.artistId()).orElseThrow().website()).isEmpty();
    }

    @Test
    void aChangedBioIsAnUpdate() {
        Artist a = Fixtures.artist("mara.ink", Set.of("blackwork"), "Leeds", Set.of("s1"));
        store().upsertArtist(a, List.of());
        Artist changed = new Artist(a.artistId(), a.instagramHandle(), a.name(), "new bio", a.profilePicture(),
                a.externalUrl(), a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(),
                a.availability(), a.city(), a.country(), a.location(), a.status(), a.lastFailure(), a.missedRuns(),
                a.failedRuns(), a.fetchedAt(), a.updatedAt().plusSeconds(60), "run-2");
        assertThat(store().upsertArtist(changed, List.of())).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(store().artist(a.artistId()).orElseThrow().bio()).isEqualTo("new bio");
    }

    @Test
    void availabilityIsStoredWithItsEvidenceAndDates() {
        Artist a = Fixtures.withAvailability(Fixtures.artist("mara.ink", Set.of("blackwork"), "Leeds", Set.of("s1")),
                List.of(Fixtures.guestSpot()));
        store().upsertArtist(a, List.of());
        assertThat(store().artist(a.artistId()).orElseThrow().availability()).containsExactly(Fixtures.guestSpot());
        Artist without = Fixtures.withAvailability(a, List.of());
        assertThat(store().upsertArtist(without, List.of())).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(store().artist(a.artistId()).orElseThrow().availability()).isEmpty();
    }

    @Test
    void imagesAreReplacedSoDroppedPostsDisappear() {
        Artist a = Fixtures.artist("mara.ink", Set.of("blackwork"), "Leeds", Set.of("s1"));
        store().upsertArtist(a, List.of(Fixtures.image("p1", 0), Fixtures.image("p2", 1)));
        store().upsertArtist(a, List.of(Fixtures.image("p3", 0), Fixtures.image("p1", 1)));
        assertThat(store().images(a.artistId())).extracting(i -> i.sourceId()).containsExactly("p3", "p1");
        assertThat(store().images(a.artistId()).get(0).variants()).hasSize(2);
    }

    @Test
    void styleIndexFollowsTheArtistsStyles() {
        Artist a = Fixtures.artist("mara.ink", Set.of("blackwork", "neo-traditional"), "Leeds", Set.of("s1"));
        store().upsertArtist(a, List.of());
        assertThat(ids(store().byStyle("blackwork", Optional.of("GB"), Optional.of("Leeds"), Optional.empty(), 50)))
                .containsExactly(a.artistId());
        assertThat(ids(store().byStyle("neo-traditional", Optional.empty(), Optional.empty(), Optional.empty(), 50)))
                .containsExactly(a.artistId());

        Artist restyled = Fixtures.artist("mara.ink", Set.of("dotwork"), "Leeds", Set.of("s1"));
        store().upsertArtist(restyled, List.of());
        assertThat(ids(store().byStyle("blackwork", Optional.empty(), Optional.empty(), Optional.empty(), 50)))
                .isEmpty();
        assertThat(ids(store().byStyle("dotwork", Optional.of("GB"), Optional.of("leeds"), Optional.empty(), 50)))
                .containsExactly(a.artistId());
    }

    @Test
    void styleListingFiltersByCityAndPagesWithTokens() {
        for (int i = 0; i < 7; i++) {
            store().upsertArtist(Fixtures.artist("leeds.artist" + i, Set.of("japanese"), "Leeds", Set.of()), List.of());
        }
        store().upsertArtist(Fixtures.artist("york.artist", Set.of("japanese"), "York", Set.of()), List.of());
        List<String> seen = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            Page<StyleListing> page = store().byStyle("japanese", Optional.of("GB"), Optional.of("Leeds"), token, 3);
            seen.addAll(ids(page));
            token = page.nextToken();
            pages++;
        } while (token.isPresent() && pages < 10);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void severalArtistsAreReadInOneCall() {
        Artist a = Fixtures.artist("one.artist", Set.of("blackwork"), "Leeds", Set.of());
        Artist b = Fixtures.artist("two.artist", Set.of("dotwork"), "Leeds", Set.of());
        store().upsertArtist(a, List.of());
        store().upsertArtist(b, List.of());
        var found = store().artists(List.of(a.artistId(), b.artistId(), "a-missing-id"));
        assertThat(found).containsOnlyKeys(a.artistId(), b.artistId());
        assertThat(found.get(b.artistId())).isEqualTo(b);
        assertThat(store().artists(List.of())).isEmpty();
    }

    @Test
    void aMalformedPageTokenIsAClearError() {
        assertThatThrownBy(() -> store().byStyle("japanese", Optional.empty(), Optional.empty(),
                Optional.of("not-a-token!"), 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page token");
    }

    @Test
    void anArtistThatStopsBeingServedLeavesTheStyleIndex() {
        Artist a = Fixtures.artist("mara.ink", Set.of("blackwork"), "Leeds", Set.of("s1"));
        store().upsertArtist(a, List.of());
        Artist stale = new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(),
                a.externalUrl(), a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), a.evidence(),
                a.availability(), a.city(), a.country(), a.location(), ArtistStatus.STALE, a.lastFailure(), 3, 0,
                a.fetchedAt(), a.updatedAt(), a.lastSeenRun());
        store().updateArtistState(stale);
        assertThat(store().artist(a.artistId()).orElseThrow().status()).isEqualTo(ArtistStatus.STALE);
        assertThat(ids(store().byStyle("blackwork", Optional.empty(), Optional.empty(), Optional.empty(), 10)))
                .isEmpty();
    }

    @Test
    void studiosAreUpsertedAndRostersLinkArtistsToEveryStudio() {
        Studio s1 = Fixtures.studio("place-1", T0);
        Studio s2 = Fixtures.studio("place-2", T0);
        assertThat(store().upsertStudio(s1)).isEqualTo(UpsertOutcome.NEW);
        assertThat(store().upsertStudio(s1)).isEqualTo(UpsertOutcome.UNCHANGED);
        store().upsertStudio(s2);
        assertThat(store().studio(s1.studioId())).contains(s1);
        Artist guest = Fixtures.artist("guest.spot", Set.of("fine-line"), "Leeds", Set.of(s1.studioId(),
                s2.studioId()));
        store().upsertArtist(guest, List.of());
        assertThat(store().roster(s1.studioId())).containsExactly(guest.artistId());
        assertThat(store().roster(s2.studioId())).containsExactly(guest.artistId());
        assertThat(store().studios(Optional.empty(), 100).items()).hasSize(2);
    }

    @Test
    void deletingAnArtistRemovesEveryItemOfIt() {
        Studio s1 = Fixtures.studio("place-1", T0);
        store().upsertStudio(s1);
        Artist a = Fixtures.artist("mara.ink", Set.of("blackwork"), "Leeds", Set.of(s1.studioId()));
        store().upsertArtist(a, List.of(Fixtures.image("p1", 0)));
        store().deleteArtist(a.artistId());
        assertThat(store().artist(a.artistId())).isEmpty();
        assertThat(store().images(a.artistId())).isEmpty();
        assertThat(store().roster(s1.studioId())).isEmpty();
        assertThat(ids(store().byStyle("blackwork", Optional.empty(), Optional.empty(), Optional.empty(),
        10))).isEmpty();
        assertThat(store().studio(s1.studioId())).isPresent();
    }

    @Test
    void googleCoordinatesPastRetentionAreDroppedAndOthersKept() {
        Studio old = Fixtures.studio("old", T0.minus(Duration.ofDays(40)));
        Studio fresh = Fixtures.studio("fresh", T0.minus(Duration.ofDays(2)));
        store().upsertStudio(old);
        store().upsertStudio(fresh);
        assertThat(store().dropGoogleLocationsOlderThan(T0.minus(Duration.ofDays(30)), "GB", "York")).isZero();
        assertThat(store().dropGoogleLocationsOlderThan(T0.minus(Duration.ofDays(30)), "GB", "Leeds")).isEqualTo(1);
        assertThat(store().studio(old.studioId()).orElseThrow().location()).isEmpty();
        assertThat(store().studio(old.studioId()).orElseThrow().name()).isEqualTo(old.name());
        assertThat(store().studio(fresh.studioId()).orElseThrow().location()).isPresent();
    }

    @Test
    void theArtistsOfACityAreListedByCityWithPageTokens() {
        List<String> leeds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Artist a = Fixtures.artist("leeds.artist." + i, Set.of(), "Leeds", Set.of());
            store().upsertArtist(a, List.of());
            leeds.add(a.artistId());
        }
        store().upsertArtist(Fixtures.artist("york.artist", Set.of("blackwork"), "York", Set.of()), List.of());
        List<String> listed = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<String> page = store().artistIdsIn("GB", "leeds", token, 2);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            listed.addAll(page.items());
            token = page.nextToken();
        } while (token.isPresent());
        assertThat(listed).containsExactlyInAnyOrderElementsOf(leeds);
        store().deleteArtist(leeds.get(0));
        assertThat(store().artistIdsIn("GB", "Leeds", Optional.empty(), 50).items()).doesNotContain(leeds.get(0));
    }

    private List<Artist> allArtists() {
        List<Artist> all = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<Artist> page = store().artists(token, 100);
            all.addAll(page.items());
            token = page.nextToken();
        } while (token.isPresent());
        return all;
    }

    private static List<String> ids(Page<StyleListing> page) {
        return page.items().stream().map(StyleListing::artistId).toList();
    }

    @Test
    void studioLinksAddedByManyWritersAtOnceAllSurvive() throws Exception {
        Artist a = Fixtures.artist("mara.ink", Set.of("blackwork"), "Leeds", Set.of("s0"));
        store().upsertArtist(a, List.of());
        int writers = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<?>> links = new java.util.ArrayList<>();
            for (int i = 1; i <= writers; i++) {
                String studio = "s" + i;
                links.add(pool.submit(() -> store().linkStudios(a.artistId(), Set.of(studio))));
            }
            for (var link : links) {
                link.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store().artist(a.artistId()).orElseThrow().studioIds())
                .containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8");
        assertThat(store().roster("s5")).containsExactly(a.artistId());
    }

    @Test
    void linkingAnArtistThatIsNotStoredCreatesNothing() {
        store().linkStudios("a000000000000000", Set.of("s1"));
        assertThat(store().artist("a000000000000000")).isEmpty();
        assertThat(store().roster("s1")).isEmpty();
    }
}
