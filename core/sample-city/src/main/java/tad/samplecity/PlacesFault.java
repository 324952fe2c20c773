package tad.samplecity;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * A canned bad answer the {@link PlacesServer} gives instead of a real one, so tests can show how a client copes
 * with throttling, outages and broken payloads.
 *
 * @param status            HTTP status
 * @param retryAfterSeconds the Retry-After header, when any
 * @param contentType       the Content-Type header
 * @param body              the body
 */
public record PlacesFault(int status, OptionalInt retryAfterSeconds, String contentType, byte[] body) {

    /** 429 with Google's RESOURCE_EXHAUSTED error and a Retry-After header. */
    public static PlacesFault throttled(int retryAfterSeconds) {
        return new PlacesFault(429, OptionalInt.of(retryAfterSeconds), PlacesServer.JSON_TYPE,
                PlacesServer.errorJson(429, "Quota exceeded for quota metric 'SearchTextRequest'.",
                        "RESOURCE_EXHAUSTED"));
    }

    /** 500 with Google's INTERNAL error. */
    public static PlacesFault serverError() {
        return new PlacesFault(500, OptionalInt.empty(), PlacesServer.JSON_TYPE,
                PlacesServer.errorJson(500, "Internal error encountered.", "INTERNAL"));
    }

    /** 503, as a front end answers while the service is unavailable. */
    public static PlacesFault unavailable() {
        return new PlacesFault(503, OptionalInt.empty(), PlacesServer.JSON_TYPE,
                PlacesServer.errorJson(503, "The service is currently unavailable.", "UNAVAILABLE"));
    }

    /** 200 with a body that stops half way through a JSON object. */
    public static PlacesFault malformedJson() {
        return new PlacesFault(200, OptionalInt.empty(), PlacesServer.JSON_TYPE,
                "{\"places\": [{\"id\": \"truncated".getBytes(StandardCharsets.UTF_8));
    }
}
