package tad.plugins.googleplaces;

import java.time.Instant;
import java.util.Optional;
import tad.plugin.DiscoveredStudio;
import tad.plugin.GeoPoint;
import tad.plugin.Sourced;

/**
 * Turns a Places result into a {@link DiscoveredStudio}. Google's terms allow keeping the place id indefinitely
 * but Places content only as a cache, so name, address and coordinates carry their source and fetch time for the
 * host's refresh and retention steps.
 */
final class PlaceMapper {
    static final String PLUGIN_ID = "google-places";

    private PlaceMapper() {
    }

    /** Empty for a place with no usable name: there is nothing to show or match it by. */
    static Optional<DiscoveredStudio> toStudio(SearchTextResponse.Place place, Instant fetchedAt) {
        if (place.displayName() == null || place.displayName().text() == null
                || place.displayName().text().isBlank()) {
            return Optional.empty();
        }
        Sourced<String> name = google(place.displayName().text().strip(), fetchedAt);
        Optional<Sourced<String>> address = nonBlank(place.formattedAddress()).map(a -> google(a, fetchedAt));
        Optional<Sourced<GeoPoint>> location = point(place.location()).map(p -> google(p, fetchedAt));
        Optional<String> phone = nonBlank(place.internationalPhoneNumber())
                .or(() -> nonBlank(place.nationalPhoneNumber()));
        return Optional.of(new DiscoveredStudio(place.id(), PLUGIN_ID, name, address, location,
                nonBlank(place.websiteUri()), phone));
    }

    private static <T> Sourced<T> google(T value, Instant fetchedAt) {
        return new Sourced<>(value, Sourced.GOOGLE_PLACES, fetchedAt);
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static Optional<GeoPoint> point(SearchTextResponse.LatLng location) {
        if (location == null || location.latitude() == null || location.longitude() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GeoPoint(location.latitude(), location.longitude()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
