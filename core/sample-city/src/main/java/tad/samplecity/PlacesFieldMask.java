package tad.samplecity;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@code X-Goog-FieldMask} for Text Search: comma-separated paths such as {@code places.displayName} and
 * {@code nextPageToken}; {@code *} or {@code places} ask for everything.
 */
record PlacesFieldMask(Set<String> paths) {

    static PlacesFieldMask parse(String header) {
        return new PlacesFieldMask(Arrays.stream(header.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Whether a field of each place is asked for ({@code places.location.latitude} counts for location). */
    boolean wants(String placeField) {
        if (paths.contains("*") || paths.contains("places") || paths.contains("places.*")) {
            return true;
        }
        String prefix = "places." + placeField;
        return paths.stream().anyMatch(p -> p.equals(prefix) || p.startsWith(prefix + "."));
    }

    boolean wantsNextPageToken() {
        return paths.contains("*") || paths.contains("nextPageToken");
    }

    /** The first path that names no field Google knows, if any (Google answers 400 for those). */
    Optional<String> unknownPath() {
        return paths.stream().filter(p -> !p.equals("*") && !p.equals("nextPageToken") && !p.equals("places")
                && !p.equals("places.*") && !knownPlaceField(p)).sorted().findFirst();
    }

    private static boolean knownPlaceField(String path) {
        if (!path.startsWith("places.")) {
            return false;
        }
        String field = path.substring("places.".length()).split("\\.")[0];
        return PlacesPlaceJson.FIELDS.contains(field) || OTHER_GOOGLE_FIELDS.contains(field);
    }

    /** Real Place fields the fake does not fill in, accepted so that a client asking for them is not refused. */
    private static final Set<String> OTHER_GOOGLE_FIELDS = Set.of("shortFormattedAddress", "addressComponents",
            "plusCode", "viewport", "rating", "userRatingCount", "googleMapsUri", "regularOpeningHours",
            "utcOffsetMinutes", "adrFormatAddress", "iconMaskBaseUri", "iconBackgroundColor", "primaryTypeDisplayName",
            "photos", "priceLevel", "reviews", "editorialSummary", "currentOpeningHours", "accessibilityOptions",
            "postalAddress", "googleMapsLinks", "timeZone");
}
