package tad.core.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tad.plugin.BoundingBox;
import tad.plugin.GeoPoint;

/**
 * Builds an {@link ArtistQuery} from the API's query parameters ({@code q, style, city, near, radiusKm, bbox, sort,
 * page, size}). Every malformed value becomes an {@link InvalidQueryException} naming its parameter, never another
 * exception, so the API can answer 400 for any input. Unknown parameters are not this class's business.
 */
public final class ArtistQueryParser {
    private ArtistQueryParser() {}

    /** @param parameters name to values, as the HTTP layer decoded them; absent or empty lists mean "not given" */
    public static ArtistQuery parse(Map<String, List<String>> parameters) {
        Set<String> styles = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault("style", List.of())) {
            for (String style : value.split(",")) {
                if (!style.isBlank()) {
                    styles.add(style.strip());
                }
            }
        }
        String near = single(parameters, "near");
        String bbox = single(parameters, "bbox");
        String radius = single(parameters, "radiusKm");
        String page = single(parameters, "page");
        String size = single(parameters, "size");
        return new ArtistQuery(
                single(parameters, "q"),
                styles,
                single(parameters, "city"),
                near == null ? null : point(near),
                radius == null ? null : number("radiusKm", radius),
                bbox == null ? null : box(bbox),
                SortOrder.parse(single(parameters, "sort")),
                page == null ? 1 : whole("page", page),
                size == null ? ArtistQuery.DEFAULT_SIZE : whole("size", size));
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidQueryException(name, "given more than once");
        }
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private static GeoPoint point(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new InvalidQueryException("near", "expected lat,lng (was '" + clip(text) + "')");
        }
        try {
            return new GeoPoint(number("near", parts[0]), number("near", parts[1]));
        } catch (InvalidQueryException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("near", "latitude must be within ±90 and longitude within ±180");
        }
    }

    private static BoundingBox box(String text) {
        try {
            return BoundingBox.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("bbox", "expected west,south,east,north with west < east and south < north"
                    + " (was '" + clip(text) + "')");
        }
    }

    private static double number(String name, String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the parameter's name
        }
        throw new InvalidQueryException(name, "'" + clip(text) + "' is not a number");
    }

    private static int whole(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name, "'" + clip(text) + "' is not a whole number");
        }
    }

    /** Echoing hostile input back in full would make error messages a reflection vector and a log flood. */
    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
