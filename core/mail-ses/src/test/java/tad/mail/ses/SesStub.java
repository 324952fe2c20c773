package tad.mail.ses;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.mail.MailerContract;

/**
 * SES API v2 SendEmail over real HTTP, answered in SES v2's wire protocol as AWS SDK for Java 2.57 speaks it
 * (restJson1: the operation is {@code POST /v2/email/outbound-emails} with a JSON body, the request/response shapes
 * of the SendEmail API reference and the SDK's generated marshaller). A success is HTTP 200 with
 * {@code {"MessageId": "..."}}; an error is the status of the error shape with the {@code X-Amzn-ErrorType} header
 * (code, then a colon and the service's namespace URI, which clients must cut off, as in Smithy's restJson1
 * protocol tests) and a {@code {"message": ...}} body. There is no SES emulator to check this against.
 */
public final class SesStub implements AutoCloseable {
    public static final String SEND_EMAIL = "/v2/email/outbound-emails";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger IDS = new AtomicInteger();

    private final WireMockServer server;

    private SesStub(WireMockServer server) {
        this.server = server;
    }

    /** A stub that accepts every message. */
    public static SesStub start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        SesStub stub = new SesStub(server);
        stub.accepts();
        return stub;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** Forgets the requests received so far and accepts every message again. */
    public void reset() {
        server.resetRequests();
        accepts();
    }

    public void accepts() {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(SEND_EMAIL)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "9a3e1b52-0000-4000-8000-" + String.format("%012d", IDS.incrementAndGet()))
                .withBody("{\"MessageId\":\"010b0190abcdef12-34567890-aaaa-bbbb-cccc-0123456789ab-000000\"}")));
    }

    /** Every SendEmail is refused with this error shape, as SES would (the message names the address, as SES's do). */
    public void refuses(int status, String errorCode, String message) {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(SEND_EMAIL)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Amzn-ErrorType", errorCode + ":http://internal.amazon.com/coral/com.amazonaws.sesv2/")
                .withHeader("x-amzn-RequestId", "9a3e1b52-0000-4000-8000-fffffffffff" + (status % 10))
                .withBody("{\"message\":" + quote(message) + "}")));
    }

    /** The SendEmail requests received, in order. */
    public List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlEqualTo(SEND_EMAIL)));
    }

    /** What each accepted request asked SES to send, as the contract compares it. */
    public List<MailerContract.ReceivedMail> received() {
        return requests().stream().map(SesStub::body).map(SesStub::mail).toList();
    }

    public static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException("the request body is not JSON", e);
        }
    }

    private static MailerContract.ReceivedMail mail(JsonNode body) {
        JsonNode simple = body.path("Content").path("Simple");
        String from = body.path("FromEmailAddress").asText();
        int open = from.indexOf('<');
        String address = open >= 0 ? from.substring(open + 1, from.indexOf('>', open)) : from;
        return new MailerContract.ReceivedMail(address, body.path("Destination").path("ToAddresses").path(0).asText(),
                simple.path("Subject").path("Data").asText(), simple.path("Body").path("Text").path("Data").asText(),
                simple.path("Body").path("Html").path("Data").asText());
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
