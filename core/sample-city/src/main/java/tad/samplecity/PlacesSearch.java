package tad.samplecity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Evaluates Text Search requests against the roster the way Places API (New) behaves where it matters to a
 * crawler: only places inside the {@code locationRestriction} rectangle, at most 60 per query however many match
 * (best first: here, nearest the rectangle's centre), pages of at most 20, and an opaque {@code nextPageToken}
 * that is only valid with an otherwise identical request. Every roster studio is a {@code body_art_service}; the
 * text query is not interpreted, and an {@code includedType} the studios do not have matches nothing.
 */
final class PlacesSearch {
    static final int RESULT_CAP = 60;
    static final int MAX_PAGE_SIZE = 20;

    private final Roster roster;
    private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();

    PlacesSearch(Roster roster) {
        this.roster = roster;
    }

    /** A bad request, answered with 400 INVALID_ARGUMENT. */
    static final class InvalidRequest extends Exception {
        InvalidRequest(String message) {
            super(message);
        }
    }

    /** One page: roster indexes of the studios on it, and the token for the next page when there is one. */
    record Page(List<Integer> studioIndexes, String nextPageToken) {
    }

    private record Cursor(String query, int offset) {
    }

    Page search(JsonNode body) throws InvalidRequest {
        if (!body.path("textQuery").isTextual() || body.path("textQuery").asText().isBlank()) {
            throw new InvalidRequest("Empty text_query.");
        }
        int pageSize = pageSize(body);
        String token = body.path("pageToken").asText("");
        String query = withoutPaging(body);
        int offset = 0;
        if (!token.isEmpty()) {
            Cursor cursor = cursors.get(token);
            if (cursor == null || !cursor.query().equals(query)) {
                throw new InvalidRequest("Invalid page_token, or the request differs from the one that issued it.");
            }
            offset = cursor.offset();
        }
        List<Integer> matches = matches(body);
        int end = Math.min(offset + pageSize, matches.size());
        String next = null;
        if (end < matches.size()) {
            next = UUID.randomUUID().toString().replace("-", "");
            cursors.put(next, new Cursor(query, end));
        }
        return new Page(matches.subList(Math.min(offset, end), end), next);
    }

    private List<Integer> matches(JsonNode body) throws InvalidRequest {
        String includedType = body.path("includedType").asText("");
        if (!includedType.isEmpty() && !PlacesPlaceJson.TYPES.contains(includedType)) {
            return List.of();
        }
        Rectangle area = rectangle(body.path("locationRestriction"));
        double centreLat = (area.south + area.north) / 2;
        double centreLng = (area.west + area.east) / 2;
        List<Roster.Studio> studios = roster.studios();
        return IntStream.range(0, studios.size()).boxed()
                .filter(i -> area.contains(studios.get(i)))
                .sorted(Comparator.<Integer>comparingDouble(i -> distanceSquared(studios.get(i), centreLat, centreLng))
                        .thenComparing(i -> studios.get(i).placeId()))
                .limit(RESULT_CAP)
                .toList();
    }

    private static double distanceSquared(Roster.Studio s, double lat, double lng) {
        double dLat = s.lat() - lat;
        double dLng = (s.lng() - lng) * Math.cos(Math.toRadians(lat));
        return dLat * dLat + dLng * dLng;
    }

    private record Rectangle(double west, double south, double east, double north) {
        boolean contains(Roster.Studio s) {
            return s.lat() >= south && s.lat() <= north && s.lng() >= west && s.lng() <= east;
        }
    }

    private static Rectangle rectangle(JsonNode restriction) throws InvalidRequest {
        if (restriction.isMissingNode() || restriction.isNull()) {
            return new Rectangle(-180, -90, 180, 90);
        }
        if (restriction.has("circle")) {
            throw new InvalidRequest("Text Search only supports a rectangle as location_restriction.");
        }
        JsonNode low = restriction.path("rectangle").path("low");
        JsonNode high = restriction.path("rectangle").path("high");
        if (!low.path("latitude").isNumber() || !low.path("longitude").isNumber()
                || !high.path("latitude").isNumber() || !high.path("longitude").isNumber()) {
            throw new InvalidRequest("location_restriction.rectangle needs low and high latitude and longitude.");
        }
        double south = low.path("latitude").asDouble();
        double north = high.path("latitude").asDouble();
        if (south > north) {
            throw new InvalidRequest("location_restriction.rectangle: low.latitude is above high.latitude.");
        }
        return new Rectangle(low.path("longitude").asDouble(), south, high.path("longitude").asDouble(), north);
    }

    private static int pageSize(JsonNode body) throws InvalidRequest {
        int size = body.path("pageSize").asInt(0);
        if (size < 0) {
            throw new InvalidRequest("page_size must not be negative.");
        }
        return size == 0 || size > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : size;
    }

    private static String withoutPaging(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove("pageToken");
        copy.remove("pageSize");
        return copy.toString();
    }
}
