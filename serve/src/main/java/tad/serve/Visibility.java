package tad.serve;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.search.ArtistHit;
import tad.core.store.ArtistStore;
import tad.core.store.DenylistStore;

/**
 * Decides, at response time, whether artists may be shown: not denylisted (by artist id or handle) and served by
 * the store. The index can lag the store and a purge takes a moment, so every artist the API returns passes through
 * here; a denylisted artist never appears, even while their index document still exists.
 *
 * <p>The denylist is read once per request as a whole (one query of its partition, consistent) and matched in
 * memory with the same keyed hashes, rather than one lookup per artist: a search page then costs one denylist read
 * and one batch read of the hits.
 */
final class Visibility {
    private final ArtistStore artists;
    private final Denylist denylist;
    private final DenylistKey key;

    Visibility(ArtistStore artists, Denylist denylist, DenylistKey key) {
        this.artists = artists;
        this.denylist = denylist;
        this.key = key;
    }

    /** The artist, when they may be shown. */
    Optional<Artist> visible(String artistId) {
        Set<String> denied = deniedHashes();
        if (denied.contains(key.hash(Denylist.ARTIST_ID, artistId))) {
            return Optional.empty();
        }
        return artists.artist(artistId).filter(artist -> shown(artist, denied));
    }

    /** The hits that may be shown, in their order. */
    List<ArtistHit> visibleHits(List<ArtistHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Set<String> denied = deniedHashes();
        List<ArtistHit> candidates = hits.stream()
                .filter(hit -> !denied.contains(key.hash(Denylist.ARTIST_ID, hit.id()))).toList();
        // one batch read for the page: the index may lag the store by up to a second
        var current = artists.artists(candidates.stream().map(ArtistHit::id).toList());
        return candidates.stream()
                .filter(hit -> java.util.Optional.ofNullable(current.get(hit.id())).filter(a -> shown(a, denied)).isPresent())
                .toList();
    }

    private boolean shown(Artist artist, Set<String> denied) {
        return artist.status().served()
                && !denied.contains(key.hash(Denylist.HANDLE, artist.instagramHandle()))
                && !denied.contains(key.hash(Denylist.ARTIST_ID, artist.artistId()));
    }

    private Set<String> deniedHashes() {
        Set<String> hashes = new HashSet<>();
        for (DenylistStore.Entry entry : denylist.entries()) {
            hashes.add(entry.hash());
        }
        return hashes;
    }

}
