package tad.serve;

import tad.core.config.ServeSettings;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import tad.core.denylist.Denylist;
import tad.core.media.MediaStore;
import tad.core.removal.RemovalRequestStore;
import tad.core.search.SearchReader;
import tad.core.store.ArtistStore;

/**
 * Everything the routes read from or write to, built once by {@link Main} (or the CLI's {@code tad serve}) and by
 * tests with real adapters.
 *
 * @param media the mirrored images, or empty when no media store is configured (then /media answers 404)
 * @param admin the removal-review API's token and services, or empty when no admin token is configured
 */
public record Dependencies(ArtistStore artists, SearchReader index, Denylist denylist,
                           RemovalRequestStore removals, Optional<MediaStore> media, ServeSettings settings,
                           Clock clock, Optional<Admin> admin) {
    public Dependencies {
        Objects.requireNonNull(artists, "artists");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(denylist, "denylist");
        Objects.requireNonNull(removals, "removals");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(admin, "admin");
    }

    /** Without the admin API (it stays off and says so). */
    public Dependencies(ArtistStore artists, SearchReader index, Denylist denylist,
                        RemovalRequestStore removals, Optional<MediaStore> media, ServeSettings settings, Clock clock) {
        this(artists, index, denylist, removals, media, settings, clock, Optional.empty());
    }

    /** The same parts with other server settings. */
    public Dependencies withSettings(ServeSettings other) {
        return new Dependencies(artists, index, denylist, removals, media, other, clock, admin);
    }
}
