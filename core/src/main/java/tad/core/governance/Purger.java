package tad.core.governance;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.media.MediaStore;
import tad.core.search.SearchIndex;
import tad.core.store.ArtistStore;

/**
 * Removes every trace of an artist: the search index first (so searches stop showing them at once), then the
 * store's profile, image, style and roster items, the mirrored media, and finally the embedded stores' files are
 * compacted so deleted bytes do not linger.
 */
public final class Purger {
    private static final Logger LOG = LoggerFactory.getLogger(Purger.class);
    private final ArtistStore store;
    private final SearchIndex index;
    private final Optional<MediaStore> media;
    private final List<Compactor> compactors;

    /**
     * @param compactors run after the deletes, in order (e.g. let the index follower see the deletes, then vacuum
     *                   DynamoDB Local's file)
     */
    public Purger(ArtistStore store, SearchIndex index, Optional<MediaStore> media, List<Compactor> compactors) {
        this.store = store;
        this.index = index;
        this.media = media;
        this.compactors = List.copyOf(compactors);
    }

    /** Hides the artist from search immediately; the rest of the purge may take a little longer. */
    public void hide(String artistId) {
        index.delete(artistId);
        index.refresh();
    }

    public void purge(String artistId) {
        long started = System.nanoTime();
        hide(artistId);
        store.deleteArtist(artistId);
        media.ifPresent(m -> m.deleteArtist(artistId));
        index.delete(artistId);
        index.expungeDeletes();
        compactors.forEach(Compactor::compact);
        LOG.info("purged artist {} in {} ms", artistId, (System.nanoTime() - started) / 1_000_000);
    }
}
