package tad.core.search;

import java.time.Instant;
import java.util.Objects;

/** An artist as the index lists them for a sitemap: the id and when the artist last changed. */
public record ListedArtist(String artistId, Instant updatedAt) {
    public ListedArtist {
        Objects.requireNonNull(artistId, "artistId");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Refuses a listing slice size outside 1..{@value ArtistQuery#MAX_WINDOW} (what both engines return at once). */
    public static int checkLimit(int limit) {
        if (limit < 1 || limit > ArtistQuery.MAX_WINDOW) {
            throw new IllegalArgumentException("listing limit must be 1.." + ArtistQuery.MAX_WINDOW + ", was " + limit);
        }
        return limit;
    }
}
