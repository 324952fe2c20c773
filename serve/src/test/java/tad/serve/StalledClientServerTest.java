package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Connections without traffic, and clients that stall, do not hold a connection for ever: the real server (started as
 * {@code tad serve} starts it) closes a connection that sent nothing since it opened or since its last answer after
 * {@code serve.idle.timeout.ms} (Helidon's idle check, which also covers a client stalled inside its request line),
 * and answers 408 and closes a connection whose client stalls half-way through its headers after
 * {@code serve.header.timeout.ms} ({@link HeaderTimeout}: Helidon's idle check skips a request in progress). The
 * controls show what the header timeout must leave alone: headers sent slowly but in time, a kept-alive connection
 * quiet between two requests, and a request body that arrives long after its headers.
 */
class StalledClientServerTest {
    private static final Duration IDLE = Duration.ofMillis(500);
    private static final Duration HEADERS = Duration.ofMillis(300);
    // generous: the idle check runs on its own timer, and a loaded machine may be late; far below Helidon's 5 minutes
    private static final int WAIT_MS = 60_000;

    /** What a test says and checks on one connection to a freshly started server. */
    private interface Conversation {
        void over(Socket socket) throws Exception;
    }

    @Test
    void aConnectionIdleAfterItsAnswerIsClosedAfterTheIdleTimeout() throws Exception {
        converse(startWithIdleTimeout(), socket -> {
            send(socket, "GET /api/health HTTP/1.1\r\nHost: tad.test\r\n\r\n");

            assertThat(readUntilClosed(socket.getInputStream()))
                    .as("the server closed the idle keep-alive connection, not our wait of %d ms", WAIT_MS).isTrue();
        });
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws Exception {
        converse(startWithIdleTimeout(), socket -> assertThat(readUntilClosed(socket.getInputStream()))
                .as("the server closed the silent connection, not our wait of %d ms", WAIT_MS).isTrue());
    }

    @Test
    void aConnectionThatKeepsTalkingIsServed() throws Exception {
        converse(startWithIdleTimeout(), socket -> {
            send(socket, "GET /api/health HTTP/1.1\r\nHost: tad.test\r\nConnection: close\r\n\r\n");

            assertThat(readOneAnswer(socket.getInputStream())).startsWith("HTTP/1.1 200 OK");
        });
    }

    @Test
    void aClientStalledInsideItsRequestLineIsClosedAfterTheIdleTimeout() throws Exception {
        converse(startWithIdleTimeout(), socket -> {
            send(socket, "GET /api/hea");

            assertThat(readUntilClosed(socket.getInputStream()))
                    .as("the server closed the connection stalled in its request line, not our wait of %d ms", WAIT_MS)
                    .isTrue();
        });
    }

    @Test
    void aClientStalledHalfWayThroughItsHeadersGets408AndIsClosed() throws Exception {
        converse(startWithHeaderTimeout(HEADERS), socket -> {
            send(socket, "GET /api/health HTTP/1.1\r\nHost: x\r\n");

            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            assertThat(readUntilClosed(socket.getInputStream(), answer))
                    .as("the server closed the connection stalled in its headers, not our wait of %d ms", WAIT_MS)
                    .isTrue();
            assertThat(answer.toString(StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 408 Request Timeout\r\n")
                    .contains("Connection: close");
        });
    }

    @Test
    void headersSentSlowlyButWithinTheTimeoutAreServed() throws Exception {
        converse(startWithHeaderTimeout(Duration.ofSeconds(10)), socket -> {
            for (String part : List.of("GET /api/health HTTP/1.1\r\n", "Host: tad.test\r\n", "Accept: */*\r\n",
                    "Connection: close\r\n", "\r\n")) {
                send(socket, part);
                Thread.sleep(150); // each part its own read on the server
            }

            assertThat(readOneAnswer(socket.getInputStream())).startsWith("HTTP/1.1 200 OK");
        });
    }

    @Test
    void aKeptAliveConnectionQuietBetweenRequestsForLongerThanTheHeaderTimeoutIsServed() throws Exception {
        converse(startWithHeaderTimeout(HEADERS), socket -> {
            send(socket, "GET /api/health HTTP/1.1\r\nHost: tad.test\r\n\r\n");
            assertThat(readOneAnswer(socket.getInputStream())).startsWith("HTTP/1.1 200 OK");
            Thread.sleep(HEADERS.multipliedBy(4).toMillis());

            send(socket, "GET /api/health HTTP/1.1\r\nHost: tad.test\r\nConnection: close\r\n\r\n");
            assertThat(readOneAnswer(socket.getInputStream())).startsWith("HTTP/1.1 200 OK");
        });
    }

    @Test
    void aRequestBodyArrivingLongAfterItsHeadersIsServed() throws Exception {
        byte[] body = "{\"instagramHandle\": \"slow.sender\", \"email\": \"me@example.org\"}"
                .getBytes(StandardCharsets.UTF_8);
        converse(startWithHeaderTimeout(HEADERS), socket -> {
            send(socket, "POST /api/removal-requests HTTP/1.1\r\nHost: tad.test\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n");
            socket.getOutputStream().write(body, 0, 10);
            Thread.sleep(HEADERS.multipliedBy(4).toMillis());
            socket.getOutputStream().write(body, 10, body.length - 10);

            assertThat(readOneAnswer(socket.getInputStream())).startsWith("HTTP/1.1 202 Accepted");
        });
    }

    @Test
    void theIdleCheckRunsOftenEnoughForTheTimeoutToHold() {
        assertThat(ServeApp.idleCheckPeriod(Duration.ofSeconds(75))).isEqualTo(Duration.ofSeconds(15));
        assertThat(ServeApp.idleCheckPeriod(Duration.ofSeconds(8))).isEqualTo(Duration.ofSeconds(2));
        assertThat(ServeApp.idleCheckPeriod(Duration.ofMillis(200))).isEqualTo(Duration.ofMillis(100));
    }

    private static WebServer startWithIdleTimeout() {
        Dependencies deps = TestWorld.get().deps;
        return ServeApp.start(0, deps.withSettings(deps.settings().withIdleTimeout(IDLE)));
    }

    /** The idle timeout stays TestWorld's 10 s, so a close within it comes from the header timeout. */
    private static WebServer startWithHeaderTimeout(Duration timeout) {
        Dependencies deps = TestWorld.get().deps;
        return ServeApp.start(0, deps.withSettings(deps.settings().withHeaderTimeout(timeout)));
    }

    private static void converse(WebServer server, Conversation conversation) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(WAIT_MS);
            conversation.over(socket);
        } finally {
            server.stop();
        }
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /**
     * One answer with a Content-Length, read without waiting for the connection to close: Helidon 4.5 keeps a
     * connection open after answering {@code Connection: close} (helidon-io/helidon#12324) until the idle check.
     */
    private static String readOneAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            assertThat(b).as("the answer's head ended before the connection did: %s", head).isNotNegative();
            head.append((char) b);
        }
        Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(head);
        assertThat(length.find()).as("a Content-Length in %s", head).isTrue();
        return head + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.ISO_8859_1);
    }

    /** True when the server closed the connection before our wait ran out. */
    private static boolean readUntilClosed(InputStream in) throws IOException {
        return readUntilClosed(in, OutputStream.nullOutputStream());
    }

    private static boolean readUntilClosed(InputStream in, OutputStream answer) throws IOException {
        try {
            for (int b = in.read(); b >= 0; b = in.read()) {
                answer.write(b); // a 408 or any other answer may come before the close
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true; // reset by the server: closed as well
        }
    }
}
