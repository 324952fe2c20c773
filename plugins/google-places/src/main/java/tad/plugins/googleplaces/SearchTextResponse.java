package tad.plugins.googleplaces;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The parts of a Text Search response this plugin asks for in its field mask. Google omits {@code places}
 * entirely when nothing matched, and omits any field a place does not have.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchTextResponse(List<Place> places, String nextPageToken) {

    public List<Place> placesOrEmpty() {
        return places == null ? List.of() : places;
    }

    public boolean hasNextPage() {
        return nextPageToken != null && !nextPageToken.isBlank();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String id, LocalizedText displayName, String formattedAddress, LatLng location,
                        String websiteUri, String internationalPhoneNumber, String nationalPhoneNumber,
                        List<String> types, String businessStatus) {

        public boolean permanentlyClosed() {
            return "CLOSED_PERMANENTLY".equals(businessStatus);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocalizedText(String text, String languageCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LatLng(Double latitude, Double longitude) {
    }

    /** Google's error body: {@code {"error":{"code":403,"message":"...","status":"PERMISSION_DENIED"}}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorBody(Error error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(Integer code, String message, String status) {
    }
}
