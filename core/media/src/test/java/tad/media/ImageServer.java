package tad.media;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;

/** A real HTTP server on 127.0.0.1 serving fixed bodies by path, counting the requests each path receives. */
final class ImageServer implements AutoCloseable {

    private record Body(int status, String contentType, byte[] bytes) {
    }

    private final HttpServer server;
    private final Map<String, Body> bodies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    ImageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Body body = bodies.getOrDefault(path, new Body(404, "text/plain", "no such image".getBytes()));
            exchange.getResponseHeaders().add("Content-Type", body.contentType());
            exchange.sendResponseHeaders(body.status(), body.bytes().length == 0 ? -1 : body.bytes().length);
            try (var out = exchange.getResponseBody()) {
                out.write(body.bytes());
            }
        });
        server.start();
    }

    /** Serves the bytes at the path and returns the full URL, with a signature-like query as Instagram's CDN has. */
    /** The production client, without the politeness delay and with one quick retry. */
    static PoliteHttpClient client() {
        return new PoliteHttpClient(new HttpSettings("tad-test/0.1 (+https://tad.example/bot)", Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 32L * 1024 * 1024, 2, 1, Duration.ofMillis(10),
                Duration.ofSeconds(1), 50, Duration.ofSeconds(1)));
    }

    String serve(String path, String contentType, byte[] bytes) {
        bodies.put(path, new Body(200, contentType, bytes));
        return url(path) + "?oe=6740A1B2&_nc_sid=abc";
    }

    String serveStatus(String path, int status) {
        bodies.put(path, new Body(status, "text/plain", "error".getBytes()));
        return url(path);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
