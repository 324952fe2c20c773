package tad.metrics.cloudwatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch's PutMetricData over real HTTP, answered in the wire protocol AWS SDK for Java 2.57 speaks to
 * CloudWatch: Smithy RPC v2 CBOR (the client is built with {@code SmithyRpcV2CborProtocolFactory}, query-compatible).
 * Requests are {@code POST /service/GraniteServiceVersion20100801/operation/PutMetricData} with a CBOR body; a
 * success is HTTP 200 with the {@code smithy-protocol: rpc-v2-cbor} header and an empty body (PutMetricData has no
 * output); an error is a CBOR map with {@code __type} and {@code message}, plus the {@code x-amzn-query-error}
 * header that carries the old Query error code. There is no CloudWatch emulator to check this against: the shapes
 * follow the Smithy RPC v2 CBOR protocol tests.
 */
public final class CloudWatchStub implements AutoCloseable {
    public static final String PUT_METRIC_DATA = "/service/GraniteServiceVersion20100801/operation/PutMetricData";
    private static final CBORMapper CBOR = new CBORMapper();

    private final WireMockServer server;

    private CloudWatchStub(WireMockServer server) {
        this.server = server;
    }

    public static CloudWatchStub start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return new CloudWatchStub(server);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Every PutMetricData succeeds. */
    public void accepts() {
        server.stubFor(post(urlEqualTo(PUT_METRIC_DATA)).willReturn(aResponse().withStatus(200)
                .withHeader("smithy-protocol", "rpc-v2-cbor")
                .withHeader("x-amzn-RequestId", "6f0a1b2c-0000-4000-8000-000000000001")));
    }

    /** Every PutMetricData is refused as it is when the role's policy does not allow the action or namespace. */
    public void deniesPutMetricData() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "com.amazon.coral.service#AccessDeniedException");
        error.put("message", "User: arn:aws:sts::000000000000:assumed-role/tad-dev-task/0123456789abcdef is not "
                + "authorized to perform: cloudwatch:PutMetricData because no identity-based policy allows the "
                + "cloudwatch:PutMetricData action");
        server.stubFor(post(urlEqualTo(PUT_METRIC_DATA)).willReturn(aResponse().withStatus(403)
                .withHeader("smithy-protocol", "rpc-v2-cbor")
                .withHeader("Content-Type", "application/cbor")
                .withHeader("x-amzn-query-error", "AccessDenied;Sender")
                .withHeader("x-amzn-RequestId", "6f0a1b2c-0000-4000-8000-000000000002")
                .withBody(cbor(error))));
    }

    /** The PutMetricData requests received, in order. */
    public List<LoggedRequest> putMetricDataRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(PUT_METRIC_DATA)));
    }

    /** A request's CBOR body, as a tree: {@code {"Namespace": ..., "MetricData": [...]}}. */
    public static JsonNode body(LoggedRequest request) {
        try {
            return CBOR.readTree(request.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException("the request body is not CBOR", e);
        }
    }

    private static byte[] cbor(Object value) {
        try {
            return CBOR.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
