package tad.core.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import tad.core.denylist.Denylist;
import tad.core.domain.Artist;
import tad.core.domain.Studio;
import tad.core.search.ArtistDocument;
import tad.core.search.SearchWriter;
import tad.core.store.ArtistStore;

/**
 * Keeps the search index a subset of what the store serves, so that a search needs no store read (docs/search.md,
 * "What the index holds"). The index holds an artist only while the store holds them, ACTIVE, and neither their id
 * nor their current handle is denylisted.
 *
 * <p>Two ways in. {@link #apply}/{@link #artistChanged} follow the store: they re-read the current state rather than
 * apply a change's payload, so applying a change twice, late or out of order gives the same index. {@link #withdraw}
 * goes the other way for the changes governance makes (denylisting, purging): the artist leaves search results
 * before the store starts refusing them, and no sync of that artist can run in between and put them back.
 *
 * <p>Both take a per-artist lock, so one instance must own the index (the embedded stream follower's process; the
 * sync Lambda on AWS, where governance's own index delete is not ordered against it: see docs/search.md).
 */
public final class IndexUpdater {
    private static final int LOCK_STRIPES = 64;

    private final ArtistStore store;
    private final SearchWriter index;
    private final Denylist denylist;
    private final ArtistDocuments documents;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    public IndexUpdater(ArtistStore store, SearchWriter index, Denylist denylist, ArtistDocuments documents) {
        this.store = store;
        this.index = index;
        this.denylist = denylist;
        this.documents = documents;
        for (int i = 0; i < locks.length; i++) {
            // fair: a withdrawal waits its turn even while stream records for the same artist keep arriving
            locks[i] = new ReentrantLock(true);
        }
    }

    public void apply(Change change) {
        switch (change.kind()) {
            case ARTIST -> artistChanged(change.id());
            case STUDIO -> store.roster(change.id()).forEach(this::artistChanged);
        }
    }

    /** Makes what was applied so far visible to searches. */
    public void flush() {
        index.refresh();
    }

    /** Brings the artist's document in line with the store: written when servable, removed otherwise. */
    public void artistChanged(String artistId) {
        ReentrantLock lock = lockOf(artistId);
        lock.lock();
        try {
            Optional<ArtistDocument> document = servable(artistId).flatMap(this::document);
            if (document.isPresent()) {
                index.upsert(document.get());
            } else {
                index.delete(artistId);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the artist out of search results, then runs {@code storeChange} (the write that makes the store refuse
     * them: a denylist entry, a purge). When the store change starts, every later search already misses the artist,
     * and no {@link #artistChanged} of the same artist runs until it has finished, so none can re-index them from
     * the state before it. The artist therefore never appears in a search while the store refuses them.
     */
    public void withdraw(String artistId, Runnable storeChange) {
        ReentrantLock lock = lockOf(artistId);
        lock.lock();
        try {
            index.delete(artistId);
            index.refresh();
            storeChange.run();
        } finally {
            lock.unlock();
        }
    }

    private Optional<Artist> servable(String artistId) {
        return store.artist(artistId).filter(a -> a.status().served())
                .filter(a -> !denylist.isDenied(a.artistId(), a.instagramHandle()));
    }

    private Optional<ArtistDocument> document(Artist artist) {
        List<Studio> studios = artist.studioIds().stream().map(store::studio).flatMap(Optional::stream).toList();
        return documents.of(artist, studios, store.images(artist.artistId()));
    }

    private ReentrantLock lockOf(String artistId) {
        return locks[Math.floorMod(artistId.hashCode(), LOCK_STRIPES)];
    }

    /** What changed, as named by the store's change feed. */
    public record Change(Kind kind, String id) {
        public enum Kind { ARTIST, STUDIO }
    }
}
