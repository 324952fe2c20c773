package tad.bootstrap.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexRebuild;

/**
 * The data server's control endpoint on a loopback port (the JDK's own HTTP server: a few plain-text POSTs need no
 * framework). Every request carries the token from {@code server.properties}; without it the answer is 403.
 *
 * <pre>
 * GET  /health                    ok PID
 * POST /clients/register?pid=N    a process uses the server      POST /clients/leave?pid=N
 * POST /sync                      apply the stream now, commit   -> records read
 * GET  /lag                       pending records, oldest epoch ms (or -)
 * POST /index/withdraw?id=ID      take an artist out of search now
 * POST /index/expunge             rewrite segments holding deleted documents
 * POST /index/rebuild             -> artists read, documents, ms
 * POST /compact                   sync, then vacuum DynamoDB Local's file
 * POST /stop
 * </pre>
 */
final class ControlEndpoint implements AutoCloseable {
    static final String TOKEN_HEADER = "X-Tad-Token";
    private static final Logger LOG = LoggerFactory.getLogger(ControlEndpoint.class);

    private final HttpServer server;

    private ControlEndpoint(HttpServer server) {
        this.server = server;
    }

    /** Starts on the given loopback port (0: a free one); fails when it is taken. */
    static ControlEndpoint start(int port, String token, DataServer data) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            // a handful of threads: a long rebuild or compaction does not hold up a health check
            server.setExecutor(Executors.newFixedThreadPool(4, r -> Thread.ofPlatform().daemon()
                    .name("data-server-control").unstarted(r)));
            ControlEndpoint endpoint = new ControlEndpoint(server);
            endpoint.route("/health", token, data, q -> "ok " + data.info().pid());
            endpoint.route("/clients/register", token, data, q -> {
                data.clients().register(pid(q));
                return "ok";
            });
            endpoint.route("/clients/leave", token, data, q -> {
                data.clients().leave(pid(q));
                return "ok";
            });
            endpoint.route("/sync", token, data, q -> Integer.toString(data.sync()));
            endpoint.route("/lag", token, data, q -> lag(data.lag()));
            endpoint.route("/index/withdraw", token, data, q -> {
                data.withdraw(param(q, "id"));
                return "ok";
            });
            endpoint.route("/index/expunge", token, data, q -> {
                data.expungeDeletes();
                return "ok";
            });
            endpoint.route("/index/rebuild", token, data, q -> {
                IndexRebuild.Result r = data.rebuild();
                return r.artistsRead() + " " + r.documents() + " " + r.took().toMillis();
            });
            endpoint.route("/compact", token, data, q -> {
                data.compact();
                return "ok";
            });
            endpoint.route("/stop", token, data, q -> {
                data.stopSoon();
                return "stopping";
            });
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data server's control endpoint", e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void route(String path, String token, DataServer data, Function<URI, String> action) {
        server.createContext(path, exchange -> {
            try (exchange) {
                String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
                if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8))) {
                    answer(exchange, 403, "token required");
                    return;
                }
                data.clients().used();
                try {
                    answer(exchange, 200, action.apply(exchange.getRequestURI()));
                } catch (IllegalArgumentException e) {
                    answer(exchange, 400, e.getMessage());
                } catch (RuntimeException e) {
                    LOG.warn("data server: {} failed: {}", path, e.toString());
                    answer(exchange, 500, e.toString());
                }
            }
        });
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String lag(IndexFollower.Lag lag) {
        return lag.pendingRecords() + " " + lag.oldestPending().map(t -> Long.toString(t.toEpochMilli())).orElse("-");
    }

    private static long pid(URI query) {
        try {
            return Long.parseLong(param(query, "pid"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pid must be a number");
        }
    }

    private static String param(URI uri, String name) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("missing parameter " + name);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
