package tad.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.search.ArtistHit;
import tad.core.store.ArtistStore;
import tad.core.store.DenylistStore;
import tad.core.store.ServingState;

/**
 * Decides, at response time, whether artists may be shown: not denylisted (by artist id or handle) and served by
 * the store. The index can lag the store and a purge takes a moment, so every artist the API returns passes through
 * here; a denylisted or stale artist does not appear even while their index document still exists.
 *
 * <p>The denylist is read as a whole (one query of its partition) and matched in memory with the same keyed
 * hashes; a search page's hits are read in one batch. Both are kept for {@code freshFor} (1 s by default,
 * {@code serve.visibility.cache.ms}), so a popular search does not read the same rows for every request: a
 * denylisting or a stale mark then takes effect within that time, on top of the index's own lag (the SRS allows
 * five business days for a purge). The profile endpoint reads the artist itself fresh, since it needs all of it.
 */
final class Visibility {
    private static final long MAX_CACHED_ARTISTS = 50_000;

    private final ArtistStore artists;
    private final Denylist denylist;
    private final DenylistKey key;
    private final Duration freshFor;
    private final Cache<String, Shown> states;
    private volatile DenylistSnapshot snapshot;  // null until the first read

    /** What the search path needs to know of an artist: whether the store serves them, and their handle. */
    private record Shown(boolean served, String handle) {
        static final Shown ABSENT = new Shown(false, "");

        static Shown of(Artist artist) {
            return new Shown(artist.status().served(), artist.instagramHandle());
        }
    }

    private record DenylistSnapshot(Set<String> hashes, long readAtNanos) {
    }

    Visibility(ArtistStore artists, Denylist denylist, DenylistKey key, Duration freshFor) {
        this.artists = artists;
        this.denylist = denylist;
        this.key = key;
        this.freshFor = freshFor;
        this.states = Caffeine.newBuilder().expireAfterWrite(freshFor).maximumSize(MAX_CACHED_ARTISTS).build();
    }

    /** No caching: every decision reads the store (tests of the strict rule, maintenance tools). */
    Visibility(ArtistStore artists, Denylist denylist, DenylistKey key) {
        this(artists, denylist, key, Duration.ZERO);
    }

    /** The artist, when they may be shown. */
    Optional<Artist> visible(String artistId) {
        Set<String> denied = deniedHashes();
        if (denied.contains(key.hash(Denylist.ARTIST_ID, artistId))) {
            return Optional.empty();
        }
        return artists.artist(artistId).filter(artist -> shown(artistId, Shown.of(artist), denied));
    }

    /** The hits that may be shown, in their order. */
    List<ArtistHit> visibleHits(List<ArtistHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Set<String> denied = deniedHashes();
        List<String> candidates = hits.stream().map(ArtistHit::id)
                .filter(id -> !denied.contains(key.hash(Denylist.ARTIST_ID, id))).toList();
        Map<String, Shown> current = freshFor.isZero() ? read(candidates) : states.getAll(candidates, this::read);
        return hits.stream().filter(hit -> {
            Shown state = current.get(hit.id());
            return state != null && shown(hit.id(), state, denied);
        }).toList();
    }

    private boolean shown(String artistId, Shown state, Set<String> denied) {
        return state.served()
                && !denied.contains(key.hash(Denylist.HANDLE, state.handle()))
                && !denied.contains(key.hash(Denylist.ARTIST_ID, artistId));
    }

    /** One batch read; ids the store does not hold are remembered as absent too. */
    private Map<String, Shown> read(Iterable<? extends String> ids) {
        Map<String, Shown> found = new HashMap<>();
        List<String> wanted = new java.util.ArrayList<>();
        ids.forEach(wanted::add);
        Map<String, ServingState> stored = artists.servingStates(wanted);
        for (String id : wanted) {
            found.put(id, Optional.ofNullable(stored.get(id))
                    .map(s -> new Shown(s.status().served(), s.instagramHandle())).orElse(Shown.ABSENT));
        }
        return found;
    }

    private Set<String> deniedHashes() {
        DenylistSnapshot current = snapshot;
        if (current != null && System.nanoTime() - current.readAtNanos() < freshFor.toNanos()) {
            return current.hashes();
        }
        Set<String> hashes = new HashSet<>();
        for (DenylistStore.Entry entry : denylist.entries()) {
            hashes.add(entry.hash());
        }
        snapshot = new DenylistSnapshot(Set.copyOf(hashes), System.nanoTime());
        return hashes;
    }
}
