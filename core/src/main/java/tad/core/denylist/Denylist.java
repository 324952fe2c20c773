package tad.core.denylist;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.core.domain.Ids;
import tad.core.store.DenylistStore;
import tad.plugin.InstagramHandles;

/**
 * The denylist: "is this artist denylisted?" answered from keyed hashes of their handle and artist id, without
 * keeping a list of names. Consulted before any request about an artist is made.
 */
public final class Denylist {
    public static final String HANDLE = "handle";
    public static final String ARTIST_ID = "artist-id";

    private final DenylistStore store;
    private final DenylistKey key;
    private final Clock clock;

    public Denylist(DenylistStore store, DenylistKey key, Clock clock) {
        this.store = store;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Denylists an Instagram handle (any accepted form) and the artist id derived from it.
     *
     * @return the normalised handle, for the caller to purge with
     * @throws IllegalArgumentException when the input is neither a handle nor an Instagram profile URL
     */
    public String addHandle(String handleOrUrl) {
        String handle = normalise(handleOrUrl);
        store.add(key.hash(HANDLE, handle), HANDLE, clock.instant());
        store.add(key.hash(ARTIST_ID, Ids.artistId(handle)), ARTIST_ID, clock.instant());
        return handle;
    }

    /** Denylists an artist id only (when a request names an id we no longer hold). */
    public void addArtistId(String artistId) {
        store.add(key.hash(ARTIST_ID, artistId), ARTIST_ID, clock.instant());
    }

    /** Removes a handle's entries; returns whether anything was removed. */
    public boolean removeHandle(String handleOrUrl) {
        String handle = normalise(handleOrUrl);
        boolean removed = store.remove(key.hash(HANDLE, handle));
        return store.remove(key.hash(ARTIST_ID, Ids.artistId(handle))) || removed;
    }

    public boolean removeHash(String hash) {
        return store.remove(hash);
    }

    public boolean isHandleDenied(String handle) {
        Optional<String> normal = InstagramHandles.normalise(handle);
        return normal.isPresent() && (store.contains(key.hash(HANDLE, normal.get()))
                || store.contains(key.hash(ARTIST_ID, Ids.artistId(normal.get()))));
    }

    /**
     * Whether any of these normalised handles is denylisted (by the handle or by the artist id it gives), in one
     * round trip: the page memory asks it for every page it keeps.
     */
    public boolean anyHandleDenied(java.util.Collection<String> handles) {
        Set<String> hashes = new HashSet<>();
        handles.forEach(handle -> InstagramHandles.normalise(handle).ifPresent(normal -> {
            hashes.add(key.hash(HANDLE, normal));
            hashes.add(key.hash(ARTIST_ID, Ids.artistId(normal)));
        }));
        return !hashes.isEmpty() && store.containsAny(hashes);
    }

    public boolean isArtistDenied(String artistId) {
        return store.contains(key.hash(ARTIST_ID, artistId));
    }

    /**
     * The one rule for "may this stored artist be shown": denied by their id, or by their current handle (which may
     * no longer be the one their id was derived from). The index sync and the profile read both ask this.
     */
    public boolean isDenied(String artistId, String handle) {
        Set<String> hashes = new HashSet<>();
        hashes.add(key.hash(ARTIST_ID, artistId));
        InstagramHandles.normalise(handle).ifPresent(normal -> {
            hashes.add(key.hash(HANDLE, normal));
            hashes.add(key.hash(ARTIST_ID, Ids.artistId(normal))); // the same as the first unless renamed
        });
        return store.containsAny(hashes);
    }

    public List<DenylistStore.Entry> entries() {
        return store.list();
    }

    /** The keyed hash of an artist id, for audit records. */
    public String artistIdHash(String artistId) {
        return key.hash(ARTIST_ID, artistId);
    }


    /** The keyed hash of a handle, for audit records that must not hold the handle itself. */
    public String handleHash(String handle) {
        return key.hash(HANDLE, normalise(handle));
    }

    private static String normalise(String handleOrUrl) {
        return InstagramHandles.normalise(handleOrUrl).orElseThrow(() -> new IllegalArgumentException(
                "not an Instagram handle or profile URL (letters, digits, '.', '_', at most 30 characters)"));
    }
}
