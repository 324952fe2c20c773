package tad.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.PortfolioImage;
import tad.core.domain.Studio;

/**
 * The primary store of studios, artists and their portfolio images. Writes are idempotent upserts; reads on
 * request paths use keys and the style-location index, never scans.
 */
public interface ArtistStore {

    UpsertOutcome upsertStudio(Studio studio);

    Optional<Studio> studio(String studioId);

    /** Every studio, key order; for crawl resumption and maintenance, not request paths. */
    Page<Studio> studios(Optional<String> pageToken, int limit);

    /** Artist ids on a studio's roster. */
    List<String> roster(String studioId);

    /**
     * Writes the artist, replacing its portfolio images and style index entries with the given ones, so images
     * that left the artist's recent posts and styles no longer inferred disappear.
     */
    UpsertOutcome upsertArtist(Artist artist, List<PortfolioImage> images);

    /** Updates only the crawl bookkeeping (status, failure, counters, run), keeping the profile and images. */
    void updateArtistState(Artist artist);

    /**
     * Adds studio links to a stored artist as one atomic set addition (never a read-modify-write), so links added
     * by several workers at once all survive. Does nothing for an artist that is not stored.
     */
    void linkStudios(String artistId, java.util.Set<String> studioIds);

    Optional<Artist> artist(String artistId);

    /** Several artists by id in one round trip (at most 100); missing ids are simply absent from the map. */
    java.util.Map<String, Artist> artists(java.util.Collection<String> artistIds);

    List<PortfolioImage> images(String artistId);

    /** Artists with a style, optionally in a country and city, from the style-location index. */
    Page<StyleListing> byStyle(String style, Optional<String> country, Optional<String> city,
                               Optional<String> pageToken, int limit);

    /** Every artist, key order; for index rebuilds, not request paths. */
    Page<Artist> artists(Optional<String> pageToken, int limit);

    /**
     * The ids of the artists a crawl of this city stored, from an index by city, so that what the end of a crawl
     * reads grows with the city, not with the table. The index may lag a write by a moment: read the artists by key
     * ({@link #artists(java.util.Collection)}) before deciding anything about them.
     */
    Page<String> artistIdsIn(String country, String city, Optional<String> pageToken, int limit);

    /** Removes every item of the artist: profile, images, style entries and roster links. */
    void deleteArtist(String artistId);

    /**
     * Drops Google-derived coordinates fetched before the cutoff from the studios of one city (read through the
     * index by city); returns how many studios changed.
     */
    int dropGoogleLocationsOlderThan(Instant cutoff, String country, String city);
}
