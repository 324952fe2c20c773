package tad.plugins.googleplaces;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** WireMock helpers for Text Search: recorded payloads from {@code src/test/resources/api/} and generated pages. */
final class PlacesStubs {
    static final String PATH = "/v1/places:searchText";

    private PlacesStubs() {
    }

    static WireMockServer startServer() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    /** A search request with no page token (the first page of a tile). */
    static MappingBuilder firstPage() {
        return post(urlEqualTo(PATH)).withRequestBody(notContaining("pageToken"));
    }

    static MappingBuilder pageWithToken(String token) {
        return post(urlEqualTo(PATH)).withRequestBody(containing("\"pageToken\":\"" + token + "\""));
    }

    /** A request for exactly this tile (quadrants share corners with their parent, so both corners count). */
    static MappingBuilder tile(double south, double west, double north, double east) {
        return post(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.locationRestriction.rectangle.low[?(@.latitude == " + south
                        + " && @.longitude == " + west + ")]"))
                .withRequestBody(matchingJsonPath("$.locationRestriction.rectangle.high[?(@.latitude == " + north
                        + " && @.longitude == " + east + ")]"));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder recorded(int status, String file) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(resource(file));
    }

    /** A page of places {@code prefix + from} .. {@code prefix + (to - 1)}, with a next-page token when given. */
    static String page(String prefix, int from, int to, String nextPageToken) {
        String places = IntStream.range(from, to).mapToObj(i -> place(prefix + i)).collect(Collectors.joining(","));
        return "{\"places\":[" + places + "]"
                + (nextPageToken == null ? "" : ",\"nextPageToken\":\"" + nextPageToken + "\"") + "}";
    }

    static String place(String id) {
        return "{\"id\":\"" + id + "\",\"displayName\":{\"text\":\"Studio " + id + "\",\"languageCode\":\"en\"},"
                + "\"location\":{\"latitude\":53.8,\"longitude\":-1.54},\"businessStatus\":\"OPERATIONAL\"}";
    }

    static String resource(String file) {
        try (InputStream in = PlacesStubs.class.getResourceAsStream("/api/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource api/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
