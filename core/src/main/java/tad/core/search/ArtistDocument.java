package tad.core.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tad.plugin.GeoPoint;

/**
 * What the search index holds about one artist: the searchable text, the filters and what a result item shows.
 * Built from the store by the sync (and by {@code tad index rebuild}); upserting the same document twice is harmless.
 *
 * @param location where the artist works (their main studio), or null when unknown; used by near/bbox/distance
 * @param styles style slugs, e.g. {@code blackwork}
 * @param styleLabels the styles' display labels, searchable as text, e.g. {@code Blackwork}
 * @param thumbnailUrl our media path for the result thumbnail, or null
 * @param studio the studio shown in results, or null
 * @param availability what the artist said about booking, with expiry; filtered and shown against the search's day
 */
public record ArtistDocument(
        String artistId,
        String name,
        String instagramHandle,
        String bio,
        List<String> studioNames,
        String city,
        String country,
        GeoPoint location,
        List<String> styles,
        List<String> styleLabels,
        String thumbnailUrl,
        StudioSummary studio,
        Instant updatedAt,
        List<AvailabilityEntry> availability) {

    /** A document without availability statements. */
    public ArtistDocument(String artistId, String name, String instagramHandle, String bio, List<String> studioNames,
                          String city, String country, GeoPoint location, List<String> styles,
                          List<String> styleLabels, String thumbnailUrl, StudioSummary studio, Instant updatedAt) {
        this(artistId, name, instagramHandle, bio, studioNames, city, country, location, styles, styleLabels,
                thumbnailUrl, studio, updatedAt, List.of());
    }

    public ArtistDocument {
        if (artistId == null || artistId.isBlank()) {
            throw new IllegalArgumentException("artistId is required");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updatedAt, "updatedAt");
        bio = bio == null ? "" : bio;
        studioNames = List.copyOf(studioNames);
        styles = List.copyOf(styles);
        styleLabels = List.copyOf(styleLabels);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    /** Per kind, the last day any of its statements holds: what the availability filter compares with today. */
    public Map<String, LocalDate> availabilityExpiry() {
        Map<String, LocalDate> latest = new TreeMap<>();
        availability.forEach(a -> latest.merge(a.kind(), a.expires(), (x, y) -> x.isAfter(y) ? x : y));
        return latest;
    }

    /** The result item this document produces. */
    public ArtistHit toHit() {
        return new ArtistHit(artistId, name, instagramHandle, styles, studio, thumbnailUrl, availability);
    }
}
