package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The shared plumbing of the API test bodies, which run twice: in memory ({@code @RoutingTest}) and on a real port
 * ({@code @ServerTest}). Every request carries its own X-Forwarded-For address (the test server trusts it), so the
 * removal rate limit of one test never throttles another.
 */
abstract class ApiContract {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    protected final Http1Client client;

    protected ApiContract(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder builder) {
        ServeApp.routing(builder, TestWorld.get().deps);
    }

    static String newClientAddress() {
        int n = CLIENTS.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** A response read completely, so the connection is released before assertions run. */
    record Reply(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** GET with the query string given inline; its values are decoded here and sent through queryParam. */
    Reply get(String pathAndQuery, String... headerPairs) {
        return send(withHeaders(withQuery(client.get(), pathAndQuery), headerPairs), null);
    }

    /** HEAD, the query string given inline as for {@link #get}. */
    Reply head(String pathAndQuery) {
        return send(withHeaders(withQuery(client.method(io.helidon.http.Method.HEAD), pathAndQuery)), null, true);
    }

    private static Http1ClientRequest withQuery(Http1ClientRequest base, String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        Http1ClientRequest request = base.uri(question < 0 ? pathAndQuery : pathAndQuery.substring(0, question));
        if (question >= 0) {
            Map<String, java.util.List<String>> parameters = new LinkedHashMap<>();
            for (String pair : pathAndQuery.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1),
                        StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
            }
            parameters.forEach((name, values) -> request.queryParam(name, values.toArray(String[]::new)));
        }
        return request;
    }

    Reply method(String method, String path) {
        return send(withHeaders(client.method(io.helidon.http.Method.create(method)).uri(path)), null,
                method.equals("HEAD"));
    }

    Reply postJson(String path, String body, String... headerPairs) {
        Http1ClientRequest request = withHeaders(client.post(path), headerPairs);
        if (!java.util.Arrays.asList(headerPairs).contains("Content-Type")) {
            request.header(HeaderNames.CONTENT_TYPE, "application/json");
        }
        return send(request, body.getBytes(StandardCharsets.UTF_8));
    }

    Reply post(String path, byte[] body, String... headerPairs) {
        return send(withHeaders(client.post(path), headerPairs), body);
    }

    private Http1ClientRequest withHeaders(Http1ClientRequest request, String... headerPairs) {
        boolean forwarded = false;
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            request.header(HeaderNames.create(headerPairs[i]), headerPairs[i + 1]);
            forwarded |= headerPairs[i].equalsIgnoreCase("X-Forwarded-For");
        }
        if (!forwarded) {
            request.header(HeaderNames.X_FORWARDED_FOR, newClientAddress());
        }
        return request;
    }

    private static Reply send(Http1ClientRequest request, byte[] body) {
        return send(request, body, false);
    }

    /**
     * @param head a HEAD request: its answer has no body whatever its Content-Length says (RFC 9110 9.3.2), and
     *             Helidon's client would wait for one (whether any body bytes come is checked on a raw socket by
     *             {@code HeadServerTest})
     */
    private static Reply send(Http1ClientRequest request, byte[] body, boolean head) {
        try (Http1ClientResponse response = body == null ? request.request() : request.submit(body)) {
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().forEach(h -> headers.put(h.name().toLowerCase(java.util.Locale.ROOT), h.get()));
            String text = !head && response.entity().hasEntity() ? response.entity().as(String.class) : "";
            return new Reply(response.status().code(), headers, text);
        }
    }

    static void assertProblem(Reply reply, int status, String parameter) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith(Problem.TYPE_BASE);
        assertThat(problem.path("instance").asText()).startsWith("/").isNotEqualTo("/");
        if (parameter != null) {
            assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
            assertThat(problem.path("rule").asText()).isNotBlank();
        }
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** A first view's slot in a page, parsed as a browser parses it (jsoup: HTML5 tokenising of script elements). */
    static Element firstViewSlot(String html, String slotId, String firstViewSelector) {
        Element slot = Jsoup.parse(html).getElementById(slotId);
        assertThat(slot).isNotNull();
        assertThat(slot.selectFirst(firstViewSelector)).as("first view").isNotNull();
        return slot;
    }

    /** The JSON a first view embeds in {@code <script type="application/json" id=dataId>}. */
    static JsonNode embeddedJson(Element slot, String dataId) {
        Element script = slot.selectFirst("script#" + dataId);
        assertThat(script.attr("type")).isEqualTo("application/json");
        try {
            return Json.MAPPER.readTree(script.data());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded JSON does not parse", e);
        }
    }
}
