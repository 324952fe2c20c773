package tad.serve;

import java.util.Optional;
import tad.core.denylist.Denylist;
import tad.core.domain.Artist;
import tad.core.store.ArtistStore;

/**
 * Whether one artist's profile may be shown, read fresh from the store on every request: stored, served (not stale
 * or unavailable) and denylisted by neither id nor handle. The profile read is the authority; searches do not come
 * here at all, because the index holds only artists this check would pass (IndexUpdater, docs/search.md).
 */
final class Visibility {
    private final ArtistStore artists;
    private final Denylist denylist;

    Visibility(ArtistStore artists, Denylist denylist) {
        this.artists = artists;
        this.denylist = denylist;
    }

    /** The artist, when they may be shown. */
    Optional<Artist> visible(String artistId) {
        return artists.artist(artistId).filter(artist -> artist.status().served()
                && !denylist.isDenied(artist.artistId(), artist.instagramHandle()));
    }
}
