package tad.core.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tad.plugin.GeoPoint;

/**
 * Availability statements as one JSON string, for an index that keeps a result's display fields as stored text
 * (Lucene). Dates are ISO days; absent values are left out.
 */
public final class AvailabilityJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AvailabilityJson() {
    }

    public static String write(List<AvailabilityEntry> entries) {
        ArrayNode array = JSON.createArrayNode();
        for (AvailabilityEntry e : entries) {
            ObjectNode node = array.addObject().put("kind", e.kind()).put("evidence", e.evidence())
                    .put("expires", e.expires().toString());
            putIfPresent(node, "from", e.from());
            putIfPresent(node, "until", e.until());
            if (e.place() != null) {
                node.put("place", e.place());
            }
            if (e.location() != null) {
                node.put("lat", e.location().lat()).put("lng", e.location().lng());
            }
        }
        return array.toString();
    }

    public static List<AvailabilityEntry> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<AvailabilityEntry> entries = new ArrayList<>();
            for (JsonNode n : JSON.readTree(json)) {
                entries.add(new AvailabilityEntry(n.path("kind").asText(), day(n, "from"), day(n, "until"),
                        n.hasNonNull("place") ? n.get("place").asText() : null, n.path("evidence").asText(),
                        LocalDate.parse(n.path("expires").asText()),
                        n.has("lat") ? new GeoPoint(n.get("lat").asDouble(), n.get("lng").asDouble()) : null));
            }
            return entries;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored availability is not the JSON this code writes", e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, LocalDate day) {
        if (day != null) {
            node.put(field, day.toString());
        }
    }

    private static LocalDate day(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }
}
