package tad.samplecity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tad.samplecity.Fixture.RecordedRequest;

/**
 * The plumbing every fixture server shares: a JDK HTTP server on 127.0.0.1 with an ephemeral port, a small pool
 * of daemon threads, and the log of every request it received.
 */
final class LoopbackHttp implements AutoCloseable {
    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body then waits for
        // the client's delayed ACK (about 40 ms on Linux loopback) on every response. Real sites do not behave so,
        // and the wait would dominate every crawl of the fixtures. Read once, when the JDK server first starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    /** Starts serving at once: give the handler only after everything it reads is set. */
    LoopbackHttp(String threadName, int threads, HttpHandler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
        executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name(threadName + "-", 0)
                .factory());
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI baseUri() {
        return baseUri;
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Logs a request: method, raw path and query, headers with lowercase names (repeated values joined). */
    void record(HttpExchange exchange) {
        long received = System.nanoTime();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        URI uri = exchange.getRequestURI();
        String raw = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests.add(new RecordedRequest(exchange.getRequestMethod(), raw, Map.copyOf(headers), received));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
