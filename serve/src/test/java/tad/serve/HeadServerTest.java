package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.testing.junit5.ServerTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * HEAD on the GET routes over a real port; and, on a raw socket, that not one byte of body follows a HEAD answer's
 * headers, so the next request on the same connection is read as a request (a client cannot tell stray body bytes
 * from the next answer).
 */
@ServerTest
class HeadServerTest extends HeadCases {
    private final URI uri;

    HeadServerTest(Http1Client client, URI uri) {
        super(client);
        this.uri = uri;
    }

    @Test
    void noBodyByteFollowsAHeadAnswerAndTheConnectionServesTheNextRequest() throws IOException {
        String profile = "/artists/" + TestWorld.ANN.artistId();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(("HEAD " + profile + " HTTP/1.1\r\nHost: tad.test\r\n\r\n"
                    + "GET /api/health HTTP/1.1\r\nHost: tad.test\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String wire = readUntilClosed(socket.getInputStream());

            int headEnd = wire.indexOf("\r\n\r\n");
            assertThat(wire).startsWith("HTTP/1.1 200 OK\r\n");
            assertThat(wire.substring(0, headEnd)).containsIgnoringCase("Content-Length: ")
                    .doesNotContain("Content-Length: 0\r\n");
            assertThat(wire.substring(headEnd + 4)).as("the next answer follows the HEAD answer's headers at once")
                    .startsWith("HTTP/1.1 ");
        }
    }

    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // the server keeps the connection open after the last answer: what came is all there is
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
