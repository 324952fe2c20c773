package tad.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchIndex;
import tad.core.search.SearchResult;
import tad.core.store.ArtistStore;
import tad.core.store.DenylistStore;
import tad.core.store.Fixtures;

/**
 * What the index may hold, so that a search needs no store read (docs/search.md, "What a search can return"), on a
 * real store and each search engine. Subclasses: {@code LuceneServedIndexTest} and {@code OpenSearchServedIndexIT}
 * (module sync-lambda, on DynamoDB Local).
 *
 * <ul>
 *   <li>By construction: after the sync applies an artist's change, the index holds them exactly when the profile
 *       read would show them (stored, ACTIVE, neither id nor current handle denylisted).</li>
 *   <li>Withdrawals (denylisting, purging): while the store refuses an artist, no search returns them, not even
 *       during the change, and not while the sync races to re-apply the artist's earlier state.</li>
 * </ul>
 * Crawl state changes (stale, unavailable) reach the index when the sync applies their stream record; that path and
 * its delay are covered by the stream tests ({@code StreamHandlerTest}, {@code IndexSyncIT}).
 */
public abstract class ServedIndexContract {
    private static final StyleTaxonomy TAXONOMY = StyleTaxonomy.bundled();
    /** Searches after the withdrawal that must all miss the artist: enough to catch a re-indexing sync. */
    private static final int SEARCHES_AFTER = 50;
    private static final byte[] KEY = "a denylist key for the served-index contract".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    protected ArtistStore store;
    protected Denylist denylist;
    protected SearchIndex index;
    protected IndexUpdater sync;
    private AutoCloseable resources;

    /** Real adapters for one test: an empty store and denylist, and an index that may hold an earlier test's data. */
    protected abstract Adapters open();

    /** @param resources closed after the test (the index is closed separately) */
    public record Adapters(ArtistStore store, DenylistStore denylist, SearchIndex index, AutoCloseable resources) {
    }

    @BeforeEach
    void openAdapters() {
        Adapters adapters = open();
        store = adapters.store();
        index = adapters.index();
        resources = adapters.resources();
        denylist = new Denylist(adapters.denylist(), new DenylistKey(KEY), Clock.systemUTC());
        sync = new IndexUpdater(store, index, denylist, new ArtistDocuments(TAXONOMY));
        index.deleteAll();
        index.refresh();
    }

    @AfterEach
    void closeAdapters() throws Exception {
        if (index != null) {
            index.close();
        }
        if (resources != null) {
            resources.close();
        }
    }

    @Test
    void theIndexHoldsExactlyTheArtistsTheProfileReadWouldShow() {
        Artist shown = stored("ada.shown", ArtistStatus.ACTIVE);
        Artist stale = stored("bo.stale", ArtistStatus.STALE);
        Artist unavailable = stored("cy.unavailable", ArtistStatus.UNAVAILABLE);
        Artist deniedByHandle = stored("di.denied", ArtistStatus.ACTIVE);
        Artist deniedById = stored("ed.denied", ArtistStatus.ACTIVE);
        // renamed on Instagram: the id still comes from the old handle, the denylist names the new one
        Artist renamed = Fixtures.withHandle(stored("fay.before", ArtistStatus.ACTIVE), "fay.after");
        store.upsertArtist(renamed, List.of());
        Artist purged = stored("gus.purged", ArtistStatus.ACTIVE);
        List<Artist> all = List.of(shown, stale, unavailable, deniedByHandle, deniedById, renamed, purged);
        // first indexed while every one of them was shown, as before their changes
        all.forEach(a -> sync.artistChanged(a.artistId()));
        sync.flush();
        assertThat(listed()).containsExactlyInAnyOrder(shown.artistId(), deniedByHandle.artistId(),
                deniedById.artistId(), renamed.artistId(), purged.artistId());

        denylist.addHandle(deniedByHandle.instagramHandle());
        denylist.addArtistId(deniedById.artistId());
        denylist.addHandle("fay.after");
        store.deleteArtist(purged.artistId());
        all.forEach(a -> sync.artistChanged(a.artistId()));
        sync.artistChanged("a000000000000000"); // never stored
        sync.flush();

        assertThat(listed()).containsExactly(shown.artistId());
        SearchResult everything = index.search(ArtistQuery.builder().size(100).build());
        assertThat(everything.total()).isEqualTo(1);
        assertThat(everything.styleFacets()).containsOnlyKeys("blackwork");
        for (Artist a : all) {
            assertThat(listed().contains(a.artistId())).as(a.instagramHandle()).isEqualTo(profileShows(a.artistId()));
        }
    }

    @Test
    void anArtistServedAgainIsListedAgain() {
        Artist artist = stored("hal.back", ArtistStatus.STALE);
        sync.artistChanged(artist.artistId());
        sync.flush();
        assertThat(listed()).isEmpty();

        store.updateArtistState(Fixtures.withStatus(artist, ArtistStatus.ACTIVE));
        sync.artistChanged(artist.artistId());
        sync.flush();
        assertThat(listed()).containsExactly(artist.artistId());

        denylist.addHandle(artist.instagramHandle());
        sync.artistChanged(artist.artistId());
        sync.flush();
        assertThat(listed()).isEmpty();

        denylist.removeHandle(artist.instagramHandle());
        sync.artistChanged(artist.artistId());
        sync.flush();
        assertThat(listed()).containsExactly(artist.artistId());
    }

    @Test
    void aDenylistedArtistIsNeverListedWhileTheStoreRefusesThemEvenWithTheSyncRacing() throws Exception {
        Artist artist = stored("ivy.removed", ArtistStatus.ACTIVE);
        assertNeverListedOnceRefused(artist, () -> denylist.addHandle(artist.instagramHandle()));
    }

    @Test
    void aPurgedArtistIsNeverListedWhileTheStoreRefusesThemEvenWithTheSyncRacing() throws Exception {
        Artist artist = stored("jo.purged", ArtistStatus.ACTIVE);
        assertNeverListedOnceRefused(artist, () -> store.deleteArtist(artist.artistId()));
    }

    /**
     * Three threads: the sync re-applies the artist over and over (as stream records naming them keep arriving),
     * a seeker searches for them, and the withdrawal runs in the middle. Every search that starts once the store
     * change has begun must miss the artist; the profile read refuses them from then on.
     */
    private void assertNeverListedOnceRefused(Artist artist, Runnable storeChange) throws Exception {
        String id = artist.artistId();
        sync.artistChanged(id);
        sync.flush();
        AtomicLong refusingSince = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger searchesAfter = new AtomicInteger();
        ConcurrentLinkedQueue<Long> listedAt = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> syncing = threads.submit(() -> {
                int applied = 0;
                while (!stop.get()) {
                    sync.artistChanged(id);
                    if (++applied % 5 == 0) {
                        sync.flush();
                    }
                    Thread.sleep(1); // leaves the store some room for the withdrawal's own writes
                }
                return applied;
            });
            Future<Integer> seeking = threads.submit(() -> {
                int before = 0;
                while (searchesAfter.get() < SEARCHES_AFTER && !stop.get()) {
                    long started = System.nanoTime();
                    boolean refusing = started >= refusingSince.get();
                    if (listedNow(artist)) {
                        listedAt.add(started);
                        before += refusing ? 0 : 1;
                    }
                    if (refusing) {
                        searchesAfter.incrementAndGet();
                    }
                }
                return before;
            });
            awaitListedWhileShown(listedAt);
            sync.withdraw(id, () -> {
                refusingSince.set(System.nanoTime());
                storeChange.run();
            });
            assertThat(profileShows(id)).isFalse();
            assertThat(seeking.get(120, TimeUnit.SECONDS)).as("searches that found the artist before").isPositive();
            stop.set(true);
            assertThat(syncing.get(120, TimeUnit.SECONDS)).as("sync rounds").isPositive();
        } finally {
            stop.set(true);
            threads.shutdownNow();
        }
        long refusedFrom = refusingSince.get();
        assertThat(listedAt).as("searches started after the store began refusing that still listed the artist")
                .noneMatch(started -> started >= refusedFrom);
        sync.artistChanged(id);
        sync.flush();
        assertThat(listed()).doesNotContain(id);
    }

    /** The seeker found the artist at least once before the withdrawal, so a miss afterwards means something. */
    private static void awaitListedWhileShown(ConcurrentLinkedQueue<Long> listedAt) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (listedAt.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(listedAt).as("the artist was found while shown").isNotEmpty();
    }

    // ---- helpers ----

    private Artist stored(String handle, ArtistStatus status) {
        Artist artist = Fixtures.withStatus(Fixtures.artist(handle, Set.of("blackwork"), "Leeds", Set.of()), status);
        store.upsertArtist(artist, List.of(Fixtures.image("src-" + handle, 0)));
        return artist;
    }

    /** What {@code GET /api/artists/{id}} decides (serve's Visibility asks the same two questions). */
    private boolean profileShows(String artistId) {
        Optional<Artist> artist = store.artist(artistId);
        return artist.isPresent() && artist.get().status().served()
                && !denylist.isDenied(artistId, artist.get().instagramHandle());
    }

    private List<String> listed() {
        return new ArrayList<>(index.search(ArtistQuery.builder().size(100).build()).items().stream()
                .map(ArtistHit::id).toList());
    }

    private boolean listedNow(Artist artist) {
        return index.search(ArtistQuery.builder().text(artist.instagramHandle()).build()).items().stream()
                .anyMatch(hit -> hit.id().equals(artist.artistId()));
    }
}
