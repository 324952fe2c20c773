package tad.core.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result item, shaped like the API's {@code items[]} entry.
 *
 * @param availability what the artist said about booking; {@link #activeOn} keeps what holds on a day
 */
public record ArtistHit(
        String id,
        String name,
        String instagramHandle,
        List<String> styles,
        StudioSummary studio,
        String thumbnailUrl,
        List<AvailabilityEntry> availability) {
    public ArtistHit {
        styles = List.copyOf(styles);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    /** An item without availability statements. */
    public ArtistHit(String id, String name, String instagramHandle, List<String> styles, StudioSummary studio,
                     String thumbnailUrl) {
        this(id, name, instagramHandle, styles, studio, thumbnailUrl, List.of());
    }

    /** The same item with only the statements that still hold on {@code day}. */
    public ArtistHit activeOn(LocalDate day) {
        return new ArtistHit(id, name, instagramHandle, styles, studio, thumbnailUrl,
                availability.stream().filter(a -> a.activeOn(day)).toList());
    }
}
