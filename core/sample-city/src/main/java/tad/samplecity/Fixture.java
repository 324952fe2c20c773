package tad.samplecity;

import java.net.URI;
import java.util.List;

/** One fixture HTTP server of the sample city (Places API, one studio website, Instagram), on 127.0.0.1. */
public interface Fixture extends AutoCloseable {

    /** Base URI, for example {@code http://127.0.0.1:40123}. */
    URI baseUri();

    /** Every request this server received, in order. Tests assert on it (robots.txt, denylist gate). */
    List<RecordedRequest> requests();

    @Override
    void close();

    /**
     * A request as the fixture saw it.
     *
     * @param receivedAtNanos {@link System#nanoTime()} when the request arrived, so tests can check the interval
     *                        between two requests to one host from the server's side
     */
    record RecordedRequest(String method, String pathAndQuery, java.util.Map<String, String> headers,
                           long receivedAtNanos) {
    }
}
