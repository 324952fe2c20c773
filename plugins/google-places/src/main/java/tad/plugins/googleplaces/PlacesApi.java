package tad.plugins.googleplaces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PoliteHttp;
import tad.plugin.RequestOptions;
import tad.plugin.SourceException;

/**
 * One Text Search call through the host's polite client, classified: a page, a failure of this call only, or a
 * fatal {@link SourceException} when every later call would fail the same way (bad key, API not enabled).
 */
final class PlacesApi {

    /**
     * Only what the directory stores. Google bills Text Search by the most expensive field asked for; website and
     * phone put it in the Enterprise tier, which is the price of finding studio websites at all.
     */
    static final String FIELD_MASK = String.join(",",
            "places.id", "places.displayName", "places.formattedAddress", "places.location",
            "places.websiteUri", "places.internationalPhoneNumber", "places.types", "places.businessStatus",
            "nextPageToken");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final PoliteHttp http;
    private final PlacesConfig config;

    PlacesApi(PoliteHttp http, PlacesConfig config) {
        this.http = http;
        this.config = config;
    }

    /** The outcome of one call that was not fatal. */
    sealed interface Outcome {
        record Page(SearchTextResponse response) implements Outcome {
        }

        record Failed(Failure failure) implements Outcome {
        }
    }

    Outcome search(SearchTextRequest request) throws SourceException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a search request", e);
        }
        Map<String, String> headers = Map.of(
                "X-Goog-Api-Key", config.apiKey(),
                "X-Goog-FieldMask", FIELD_MASK,
                "Accept", "application/json");
        HttpResponse response;
        try {
            response = http.post(config.searchTextUri(), headers, body, "application/json", RequestOptions.api());
        } catch (HttpFailure e) {
            return new Outcome.Failed(e.failure());
        }
        if (response.isSuccess()) {
            return parse(response);
        }
        return classifyError(response);
    }

    private Outcome parse(HttpResponse response) {
        try {
            SearchTextResponse page = JSON.readValue(response.body(), SearchTextResponse.class);
            if (page == null) {
                return new Outcome.Failed(Failure.of(Failure.Reason.UNEXPECTED_FORMAT,
                        "Places API answered with an empty body"));
            }
            return new Outcome.Page(page);
        } catch (IOException e) {
            return new Outcome.Failed(Failure.of(Failure.Reason.UNEXPECTED_FORMAT,
                    "Places API answered with malformed JSON: " + firstLine(e.getMessage())));
        }
    }

    /**
     * 429 and 5xx reach here only after the host's retries gave up: this tile fails, the crawl goes on. Any other
     * 4xx (a rejected key, the API not enabled, an unknown included-type) would repeat on every tile: fatal.
     */
    private Outcome classifyError(HttpResponse response) throws SourceException {
        int status = response.status();
        String why = googleError(response);
        if (status == 429) {
            return new Outcome.Failed(Failure.of(Failure.Reason.THROTTLED,
                    "Places API still throttling after retries (429" + why + ")"));
        }
        if (status >= 500) {
            return new Outcome.Failed(Failure.of(Failure.Reason.HTTP_ERROR,
                    "Places API failed after retries (" + status + why + ")"));
        }
        String hint = status == 400 || status == 401 || status == 403
                ? "; check TAD_GOOGLE_API_KEY and that the Places API (New) is enabled for it" : "";
        throw new SourceException(Failure.of(Failure.Reason.HTTP_ERROR,
                "Places API rejected the request (" + status + why + ")" + hint), true);
    }

    /** {@code ": PERMISSION_DENIED: message"} from Google's error JSON, or empty when the body is not that. */
    private static String googleError(HttpResponse response) {
        try {
            SearchTextResponse.ErrorBody body = JSON.readValue(response.body(), SearchTextResponse.ErrorBody.class);
            if (body == null || body.error() == null) {
                return "";
            }
            String status = body.error().status() == null ? "" : ": " + body.error().status();
            String message = body.error().message() == null ? "" : ": " + firstLine(body.error().message());
            return status + message;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
