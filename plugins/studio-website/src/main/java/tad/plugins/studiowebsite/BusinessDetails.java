package tad.plugins.studiowebsite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tad.plugin.GeoPoint;
import tad.plugin.StudioDetails;

/** Maps a schema.org LocalBusiness/TattooParlor node to {@link StudioDetails} (its Instagram account is set later). */
final class BusinessDetails {

    private BusinessDetails() {
    }

    static StudioDetails from(JsonNode business) {
        return new StudioDetails(
                JsonLd.text(business, "name"),
                address(business.get("address")),
                geo(business.get("geo")),
                JsonLd.text(business, "telephone"),
                JsonLd.text(business, "email").flatMap(BusinessDetails::email),
                openingHours(business),
                Optional.empty());
    }

    /** schema.org allows both "hello@x" and "mailto:hello@x". */
    private static Optional<String> email(String value) {
        return EmailAddresses.fromMailto(value).or(() -> EmailAddresses.check(value));
    }

    private static Optional<String> address(JsonNode address) {
        if (address == null) {
            return Optional.empty();
        }
        if (address.isTextual()) {
            return Optional.of(address.asText().strip()).filter(text -> !text.isEmpty());
        }
        String joined = Stream.of("streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry")
                .map(field -> JsonLd.text(address, field))
                .flatMap(Optional::stream)
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private static Optional<GeoPoint> geo(JsonNode geo) {
        if (geo == null) {
            return Optional.empty();
        }
        try {
            double lat = Double.parseDouble(JsonLd.text(geo, "latitude").orElse("x"));
            double lng = Double.parseDouble(JsonLd.text(geo, "longitude").orElse("x"));
            return Optional.of(new GeoPoint(lat, lng));
        } catch (IllegalArgumentException e) {
            // missing, non-numeric or out-of-range coordinates: the studio simply has no position from its site
            return Optional.empty();
        }
    }

    private static List<String> openingHours(JsonNode business) {
        List<String> hours = new ArrayList<>();
        for (JsonNode value : JsonLd.asList(business.get("openingHours"))) {
            if (value.isTextual() && !value.asText().isBlank()) {
                hours.add(value.asText().strip());
            }
        }
        for (JsonNode spec : JsonLd.asList(business.get("openingHoursSpecification"))) {
            String days = JsonLd.asList(spec.get("dayOfWeek")).stream()
                    .map(day -> day.asText().replaceFirst("^https?://schema\\.org/", ""))
                    .collect(Collectors.joining(","));
            Optional<String> opens = JsonLd.text(spec, "opens");
            Optional<String> closes = JsonLd.text(spec, "closes");
            if (!days.isEmpty() && opens.isPresent() && closes.isPresent()) {
                hours.add(days + " " + opens.get() + "-" + closes.get());
            }
        }
        return List.copyOf(hours);
    }
}
