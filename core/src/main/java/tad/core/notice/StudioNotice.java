package tad.core.notice;

import java.util.List;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.Studio;

/**
 * What one studio should be told: the artists of its roster the directory shows, and whether a notice goes out.
 *
 * @param artists the shown artists (served, not denylisted), each marked new when its recipient was not told yet
 */
public record StudioNotice(Studio studio, Status status, List<Listed> artists) {

    public StudioNotice {
        artists = List.copyOf(artists);
    }

    /** Whether the studio gets a notice, and why not. */
    public enum Status {
        /** Artists it was not told about are shown: a notice goes out, listing all of them. */
        SEND,
        /** It was told about every artist shown: nothing is repeated. */
        ALREADY_NOTIFIED,
        /** Its website publishes no e-mail address (or it has no website). */
        NO_ADDRESS,
        /** None of its artists is shown (none found, none served, or all denylisted). */
        NO_ARTISTS
    }

    /**
     * One artist as the notice lists them.
     *
     * @param images how many of their recent public posts we keep a copy of
     * @param isNew  not in any earlier notice to this recipient
     */
    public record Listed(Artist artist, int images, boolean isNew) {
    }

    public Optional<String> address() {
        return studio.email();
    }

    public long newArtists() {
        return artists.stream().filter(Listed::isNew).count();
    }
}
