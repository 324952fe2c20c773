package tad.samplecity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Places API (New) Text Search look-alike over real HTTP on 127.0.0.1, serving the sample city's studios:
 * {@code POST /v1/places:searchText} with Google's key and field-mask checks, error shapes, 60-result cap, paging
 * and field masking (see {@link PlacesSearch}, {@link PlacesPlaceJson}). Every request is recorded, and tests can
 * queue {@link PlacesFault}s that replace the next answers.
 */
public final class PlacesServer implements Fixture {
    static final String JSON_TYPE = "application/json; charset=UTF-8";
    static final String SEARCH_TEXT_PATH = "/v1/places:searchText";
    private static final Logger LOG = LoggerFactory.getLogger(PlacesServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiKey;
    private final Roster roster;
    private final PlacesSearch search;
    private final PlacesPlaceJson places;
    private final LoopbackHttp http;
    private final Queue<PlacesFault> faults = new ConcurrentLinkedQueue<>();

    private PlacesServer(Roster roster, String apiKey, Function<String, Optional<URI>> websites) {
        this.roster = Objects.requireNonNull(roster, "roster");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.search = new PlacesSearch(roster);
        this.places = new PlacesPlaceJson(Objects.requireNonNull(websites, "websites"));
        this.http = new LoopbackHttp("places-server", 2, this::handle);
    }

    /**
     * @param apiKey   the only key accepted
     * @param websites each studio's website base URI by studio key (studios without a website get none anyway)
     */
    public static PlacesServer start(Roster roster, String apiKey, Function<String, Optional<URI>> websites) {
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("the fake Places API needs a non-blank key to check");
        }
        return new PlacesServer(roster, apiKey, websites);
    }

    /** The next answers, in order, are these faults instead of real results. */
    public void injectFaults(PlacesFault... next) {
        faults.addAll(List.of(next));
    }

    /** How many Text Search requests arrived (every page and every retry counts). */
    public long searchRequests() {
        return http.requests().stream().filter(r -> r.pathAndQuery().startsWith(SEARCH_TEXT_PATH)).count();
    }

    @Override
    public URI baseUri() {
        return http.baseUri();
    }

    @Override
    public List<RecordedRequest> requests() {
        return http.requests();
    }

    @Override
    public void close() {
        http.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = headers(exchange);
            URI uri = exchange.getRequestURI();
            http.record(exchange);
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!SEARCH_TEXT_PATH.equals(uri.getPath())) {
                sendError(exchange, 404, "Method not found.", "NOT_FOUND");
            } else if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                sendError(exchange, 405, "Text Search takes POST.", "INVALID_ARGUMENT");
            } else {
                PlacesFault fault = faults.poll();
                if (fault != null) {
                    fault.retryAfterSeconds().ifPresent(s ->
                            exchange.getResponseHeaders().set("Retry-After", Integer.toString(s)));
                    send(exchange, fault.status(), fault.contentType(), fault.body());
                } else {
                    searchText(exchange, headers, body);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("places server failed on {}", exchange.getRequestURI(), e);
        }
    }

    private void searchText(HttpExchange exchange, Map<String, String> headers, byte[] body) throws IOException {
        String key = headers.getOrDefault("x-goog-api-key", "");
        if (key.isEmpty()) {
            sendError(exchange, 403, "The request is missing a valid API key.", "PERMISSION_DENIED");
            return;
        }
        if (!key.equals(apiKey)) {
            sendError(exchange, 400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT");
            return;
        }
        PlacesFieldMask mask = PlacesFieldMask.parse(headers.getOrDefault("x-goog-fieldmask", ""));
        if (mask.isEmpty()) {
            sendError(exchange, 400, "FieldMask is a required parameter. Set the header 'X-Goog-FieldMask',"
                    + " for example to 'places.displayName' in a SearchText request.", "INVALID_ARGUMENT");
            return;
        }
        Optional<String> unknown = mask.unknownPath();
        if (unknown.isPresent()) {
            sendError(exchange, 400, "Invalid field: " + unknown.get(), "INVALID_ARGUMENT");
            return;
        }
        try {
            PlacesSearch.Page page = search.search(JSON.readTree(body));
            send(exchange, 200, JSON_TYPE, JSON.writeValueAsBytes(render(page, mask)));
        } catch (JsonProcessingException e) {
            sendError(exchange, 400, "Invalid JSON payload received.", "INVALID_ARGUMENT");
        } catch (PlacesSearch.InvalidRequest e) {
            sendError(exchange, 400, e.getMessage(), "INVALID_ARGUMENT");
        }
    }

    /** Google leaves {@code places} out when nothing matched, and sends {@code nextPageToken} only if asked. */
    private ObjectNode render(PlacesSearch.Page page, PlacesFieldMask mask) {
        ObjectNode response = JSON.createObjectNode();
        if (!page.studioIndexes().isEmpty()) {
            ArrayNode array = response.putArray("places");
            page.studioIndexes().forEach(i -> array.add(places.render(roster.studios().get(i), i, mask)));
        }
        if (page.nextPageToken() != null && mask.wantsNextPageToken()) {
            response.put("nextPageToken", page.nextPageToken());
        }
        return response;
    }

    /** Google's error shape: {@code {"error":{"code":403,"message":"...","status":"PERMISSION_DENIED"}}}. */
    static byte[] errorJson(int code, String message, String status) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        error.put("status", status);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sendError(HttpExchange exchange, int code, String message, String status) throws IOException {
        send(exchange, code, JSON_TYPE, errorJson(code, message, status));
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        return Map.copyOf(headers);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
