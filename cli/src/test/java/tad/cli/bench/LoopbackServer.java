package tad.cli.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One JDK HTTP server on 127.0.0.1 and an ephemeral port (its own host for the crawler's politeness), answering
 * with a {@link Responder}, and counting the requests it served with the first and last time one arrived.
 */
final class LoopbackServer implements AutoCloseable {

    /** What to send back for a path and query. */
    interface Responder {
        Reply reply(String path, String query);
    }

    record Reply(int status, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong firstNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastNanos = new AtomicLong(Long.MIN_VALUE);

    static {
        // without it every response's body waits for the client's delayed ACK (Nagle): see LoopbackHttp
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    LoopbackServer(String name, int threads, Responder responder) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
        executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name(name + "-", 0).factory());
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, responder));
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    long requests() {
        return requests.get();
    }

    long firstRequestNanos() {
        return firstNanos.get();
    }

    long lastRequestNanos() {
        return lastNanos.get();
    }

    private void handle(HttpExchange exchange, Responder responder) throws IOException {
        long now = System.nanoTime();
        requests.incrementAndGet();
        firstNanos.accumulateAndGet(now, Math::min);
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            Reply reply = responder.reply(uri.getRawPath(), uri.getRawQuery());
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } finally {
            lastNanos.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
