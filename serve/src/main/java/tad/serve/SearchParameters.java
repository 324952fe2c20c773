package tad.serve;

import io.helidon.common.parameters.Parameters;
import java.time.LocalDate;
import java.util.List;
import tad.core.search.ArtistQuery;
import tad.core.search.AvailabilityEntry;
import tad.core.search.InvalidQueryException;
import tad.core.search.SortOrder;
import tad.plugin.BoundingBox;
import tad.plugin.GeoPoint;
import tad.core.domain.StyleTaxonomy;

/**
 * Turns the query string of {@code GET /api/artists} into an {@link ArtistQuery}, or a 400 problem naming the
 * parameter and the rule. The serving API is stricter than the port: styles must be canonical slugs and the radius
 * is capped at {@value #MAX_RADIUS_KM} km.
 */
final class SearchParameters {
    static final double MAX_RADIUS_KM = 500;
    private static final int MAX_ECHO = 40;

    private SearchParameters() {
    }

    /** @param today the day availability is judged on: the server's date when the request is served */
    static ArtistQuery parse(Parameters query, StyleTaxonomy taxonomy, LocalDate today) {
        ArtistQuery.Builder builder = ArtistQuery.builder()
                .today(today)
                .text(single(query, "q"))
                .city(single(query, "city"))
                .sort(sort(single(query, "sort")))
                .page(integer(query, "page", 1))
                .size(integer(query, "size", ArtistQuery.DEFAULT_SIZE));
        for (String style : all(query, "style")) {
            if (!taxonomy.isKnown(style.strip())) {
                throw ProblemException.invalid("style", "must be a known style slug such as 'fine-line' or "
                        + "'blackwork' (see /api/styles); was '" + echo(style) + "'");
            }
            builder.style(style.strip());
        }
        for (String value : all(query, "availability")) {
            for (String kind : value.split(",")) {
                if (!AvailabilityEntry.FILTERABLE.contains(kind.strip())) {
                    throw ProblemException.invalid("availability", "must be books-open, flash or guest-spot "
                            + "(repeat the parameter for more than one); was '" + echo(kind) + "'");
                }
                builder.availability(kind.strip());
            }
        }
        String near = single(query, "near");
        String radius = single(query, "radiusKm");
        if (near != null) {
            GeoPoint point = point(near);
            builder.near(point.lat(), point.lng(), radius == null ? null : radius(radius));
        } else if (radius != null) {
            throw ProblemException.invalid("radiusKm", "needs near=lat,lng");
        }
        String bbox = single(query, "bbox");
        if (bbox != null) {
            BoundingBox box = box(bbox);
            builder.bbox(box.west(), box.south(), box.east(), box.north());
        }
        try {
            return builder.build();
        } catch (InvalidQueryException e) {
            String message = e.getMessage();
            throw ProblemException.invalid(e.parameter(), message.substring(message.indexOf(':') + 1).strip());
        }
    }

    private static String single(Parameters query, String name) {
        List<String> values = all(query, name);
        if (values.size() > 1) {
            throw ProblemException.invalid(name, "give at most one value");
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    private static List<String> all(Parameters query, String name) {
        return query.contains(name) ? query.all(name) : List.of();
    }

    private static SortOrder sort(String text) {
        if (text == null) {
            return SortOrder.RELEVANCE;
        }
        return switch (text.strip()) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "distance" -> SortOrder.DISTANCE;
            case "updated" -> SortOrder.UPDATED;
            default -> throw ProblemException.invalid("sort", "must be relevance, distance or updated; was '"
                    + echo(text) + "'");
        };
    }

    private static int integer(Parameters query, String name, int fallback) {
        String text = single(query, name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number; was '" + echo(text) + "'");
        }
    }

    private static GeoPoint point(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw ProblemException.invalid("near", "must be lat,lng in decimal degrees; was '" + echo(text) + "'");
        }
        double lat = number("near", parts[0]);
        double lng = number("near", parts[1]);
        if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
            throw ProblemException.invalid("near", "lat must be within -90..90 and lng within -180..180");
        }
        return new GeoPoint(lat, lng);
    }

    private static double radius(String text) {
        double km = number("radiusKm", text);
        if (!(km > 0 && km <= MAX_RADIUS_KM)) {
            throw ProblemException.invalid("radiusKm", "must be above 0 and at most " + (int) MAX_RADIUS_KM);
        }
        return km;
    }

    private static BoundingBox box(String text) {
        try {
            return BoundingBox.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("bbox", "must be west,south,east,north in decimal degrees with "
                    + "west < east and south < north, within -180..180 and -90..90");
        }
    }

    private static double number(String parameter, String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw ProblemException.invalid(parameter, "'" + echo(text) + "' is not a finite decimal number");
    }

    /** A short, printable excerpt of a client's value: never a huge or control-character echo. */
    static String echo(String text) {
        String cut = text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "..." : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
