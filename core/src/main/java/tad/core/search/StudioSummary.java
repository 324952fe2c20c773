package tad.core.search;

/**
 * The studio shown with an artist in search results. Coordinates are absent (null) when the studio has no known
 * location.
 */
public record StudioSummary(String name, String city, Double lat, Double lng) {
    public StudioSummary {
        if ((lat == null) != (lng == null)) {
            throw new IllegalArgumentException("studio lat and lng are given together or not at all");
        }
    }
}
