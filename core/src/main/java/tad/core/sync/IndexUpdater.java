package tad.core.sync;

import java.util.List;
import java.util.Optional;
import tad.core.denylist.Denylist;
import tad.core.domain.Artist;
import tad.core.domain.Studio;
import tad.core.search.ArtistDocument;
import tad.core.search.SearchIndex;
import tad.core.store.ArtistStore;

/**
 * Brings the index in line with the store for one changed artist or studio. It re-reads the current state rather
 * than applying the change's payload, so applying a change twice, late or out of order gives the same index; an
 * artist that is missing, not served or denylisted is removed from the index.
 */
public final class IndexUpdater {
    private final ArtistStore store;
    private final SearchIndex index;
    private final Denylist denylist;
    private final ArtistDocuments documents;

    public IndexUpdater(ArtistStore store, SearchIndex index, Denylist denylist, ArtistDocuments documents) {
        this.store = store;
        this.index = index;
        this.denylist = denylist;
        this.documents = documents;
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

    public void artistChanged(String artistId) {
        Optional<ArtistDocument> document = store.artist(artistId)
                .filter(a -> !denylist.isArtistDenied(a.artistId()))
                .flatMap(this::document);
        if (document.isPresent()) {
            index.upsert(document.get());
        } else {
            index.delete(artistId);
        }
    }

    private Optional<ArtistDocument> document(Artist artist) {
        List<Studio> studios = artist.studioIds().stream().map(store::studio).flatMap(Optional::stream).toList();
        return documents.of(artist, studios, store.images(artist.artistId()));
    }

    /** What changed, as named by the store's change feed. */
    public record Change(Kind kind, String id) {
        public enum Kind { ARTIST, STUDIO }
    }
}
